#!/usr/bin/env python3
"""Where the clean stage spends its time, from a JFR recording of `newsflow bench extract`.

Groups the execution samples taken inside ArticleCleaner.clean by the step they are in: the method called
directly from HtmlArticleExtractor.extract (parse, walk, metadata, main text, ...) or from ArticleCleaner.clean
(text checks). Usage:

  java -XX:StartFlightRecording=filename=ex.jfr,settings=profile -jar cli/target/newsflow.jar \
      bench extract --warmup 5s --duration 25s ../shared/eval/extraction/html
  jfr print --json --stack-depth 256 --events jdk.ExecutionSample ex.jfr > ex.json
  python3 bench/scripts/jfr-clean-stages.py ex.json
"""
import collections
import json
import sys


def method(frame):
    return frame['method']['type']['name'].split('/')[-1] + '.' + frame['method']['name']


def main(path):
    events = json.load(open(path))['recording']['events']
    steps = collections.Counter()
    total = 0
    for event in events:
        names = [method(f) for f in reversed(event['values']['stackTrace']['frames'])]  # outermost first
        if 'ArticleCleaner.clean' not in names:
            continue
        total += 1
        i = names.index('ArticleCleaner.clean')
        step = names[i + 1] if i + 1 < len(names) else 'ArticleCleaner.clean'
        if step == 'HtmlArticleExtractor.extract':
            step = names[i + 2] if i + 2 < len(names) else step
        steps[step] += 1
    print(f'{total} samples inside ArticleCleaner.clean')
    for step, count in steps.most_common(15):
        print(f'{100.0 * count / total:5.1f}%  {step}')


if __name__ == '__main__':
    main(sys.argv[1])
