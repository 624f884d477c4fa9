package dev.newsflow.app.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "tag")
public final class TagCommand implements Runnable {
  @Override
  public void run() { }
}
