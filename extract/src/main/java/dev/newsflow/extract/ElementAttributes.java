package dev.newsflow.extract;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The attributes a page walk asks about, read from an element in ONE pass over its attributes. Each
 * {@code Attributes.get} scans the element's attributes again, and the walk's filters asked about nine of them per
 * element: that was a third of the walk's cost. Filters of the same walk share one instance: the first to ask about
 * an element reads it, the others get the same answers.
 *
 * <p>Absent attributes read as the empty string, as with {@code Attributes.get}. Names are lower case after parsing,
 * so the match is exact. Per walk; not thread-safe.
 */
public final class ElementAttributes {

  private Element element;
  private boolean any;
  private String className;
  private String id;
  private String itemprop;
  private String role;
  private String style;
  private String ariaHidden;
  private String ariaLabel;
  private String type;
  private String rel;
  private boolean hasHidden;
  private boolean hasHref;

  /** Reads {@code el}'s attributes; asking again about the element just read costs nothing. Returns this. */
  public ElementAttributes of(Element el) {
    if (el == element) {
      return this;
    }
    element = el;
    className = id = itemprop = role = style = ariaHidden = ariaLabel = type = rel = "";
    hasHidden = hasHref = false;
    any = el.attributesSize() > 0;
    if (any) {
      for (Attribute a : el.attributes()) {
        switch (a.getKey()) {
          case "class" -> className = a.getValue();
          case "id" -> id = a.getValue();
          case "itemprop" -> itemprop = a.getValue();
          case "role" -> role = a.getValue();
          case "style" -> style = a.getValue();
          case "aria-hidden" -> ariaHidden = a.getValue();
          case "aria-label" -> ariaLabel = a.getValue();
          case "type" -> type = a.getValue();
          case "rel" -> rel = a.getValue();
          case "hidden" -> hasHidden = true;
          case "href" -> hasHref = true;
          default -> { }
        }
      }
    }
    return this;
  }

  /** Whether the element has any attribute at all. */
  public boolean any() {
    return any;
  }

  public String className() {
    return className;
  }

  public String id() {
    return id;
  }

  public String itemprop() {
    return itemprop;
  }

  public String role() {
    return role;
  }

  public String style() {
    return style;
  }

  public String ariaHidden() {
    return ariaHidden;
  }

  public String ariaLabel() {
    return ariaLabel;
  }

  public String type() {
    return type;
  }

  public String rel() {
    return rel;
  }

  /** The boolean {@code hidden} attribute is present. */
  public boolean hidden() {
    return hasHidden;
  }

  public boolean hasHref() {
    return hasHref;
  }
}
