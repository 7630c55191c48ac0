package org.geotrends.common.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of every element of a tree, as {@link Element#text()} gives it, from one walk of
 * the tree. Content scoring asks for the text of nested elements (a paragraph, its container,
 * the container's parent, every link in them); asked one by one, the same text is walked again
 * for each ancestor.
 *
 * <p>The walk writes the root's text as jsoup's {@code text()} does, with jsoup's own rules
 * (a space at block and {@code <br>} boundaries, whitespace collapsed except in {@code <pre>}),
 * and marks where each element's part begins and ends. An element's own {@code text()} is
 * that part trimmed: written alone, it differs only by spaces before its first character,
 * which {@code text()} trims too. A test checks every element of tricky pages against jsoup.
 *
 * <p>A snapshot: build it after the last change to the tree.
 */
final class TextIndex {

  private final StringBuilder text = new StringBuilder();
  /** The elements in document order, root first. */
  private final List<Element> elements = new ArrayList<>();
  private final Map<Element, Integer> position = new IdentityHashMap<>();
  /** By position: where the element's text starts and ends in {@link #text}, untrimmed. */
  private int[] start = new int[256];
  private int[] end = new int[256];
  /** By position: one past the position of the element's last descendant. */
  private int[] subtreeEnd = new int[256];
  /** Link text length of the {@code <a>} elements before each position, for {@link #linkLength}. */
  private int[] linkTextBefore;

  private TextIndex() {
  }

  /** Walks {@code root}'s tree once. */
  static TextIndex of(Element root) {
    TextIndex index = new TextIndex();
    NodeTraversor.traverse(index.new Walk(), root);
    index.sumLinkText();
    return index;
  }

  /** The root and its descendant elements, in document order ({@code root.getAllElements()}). */
  List<Element> elements() {
    return elements;
  }

  /** {@code e} and its descendants in document order, as {@code e.getAllElements()} gives them. */
  List<Element> subtree(Element e) {
    int i = positionOf(e);
    return elements.subList(i, subtreeEnd[i]);
  }

  /** {@code e.text()}. */
  String text(Element e) {
    int i = positionOf(e);
    int from = firstNonBlank(start[i], end[i]);
    return text.substring(from, lastNonBlankEnd(from, end[i]));
  }

  /** {@code e.text().length()}, without making the string. */
  int length(Element e) {
    return length(positionOf(e));
  }

  /** The summed text length of the {@code <a>} elements in {@code e}'s tree, {@code e} included. */
  int linkLength(Element e) {
    int i = positionOf(e);
    return linkTextBefore[subtreeEnd[i]] - linkTextBefore[i];
  }

  private int length(int i) {
    int from = firstNonBlank(start[i], end[i]);
    return lastNonBlankEnd(from, end[i]) - from;
  }

  private int positionOf(Element e) {
    Integer i = position.get(e);
    if (i == null) {
      throw new IllegalArgumentException("not in the indexed tree: <" + e.normalName() + ">");
    }
    return i;
  }

  /** As {@link String#trim()} counts blank: every char up to U+0020. */
  private int firstNonBlank(int from, int to) {
    while (from < to && text.charAt(from) <= ' ') {
      from++;
    }
    return from;
  }

  private int lastNonBlankEnd(int from, int to) {
    while (to > from && text.charAt(to - 1) <= ' ') {
      to--;
    }
    return to;
  }

  private void sumLinkText() {
    linkTextBefore = new int[elements.size() + 1];
    for (int i = 0; i < elements.size(); i++) {
      boolean link = elements.get(i).normalName().equals("a");
      linkTextBefore[i + 1] = linkTextBefore[i] + (link ? length(i) : 0);
    }
  }

  /** jsoup's {@code Element.TextAccumulator}, marking where each element starts and ends. */
  private final class Walk implements NodeVisitor {
    /** The positions of the elements open at this point of the walk. */
    private int[] open = new int[64];
    private int depth;

    @Override
    public void head(Node node, int nodeDepth) {
      if (node instanceof TextNode t) {
        if (preservesWhitespace(t.parent()) || t instanceof CDataNode) {
          text.append(t.getWholeText());
        } else {
          StringUtil.appendNormalisedWhitespace(text, t.getWholeText(), lastIsSpace());
        }
      } else if (node instanceof Element e) {
        int i = elements.size();
        if (i == start.length) {
          start = Arrays.copyOf(start, i * 2);
          end = Arrays.copyOf(end, i * 2);
          subtreeEnd = Arrays.copyOf(subtreeEnd, i * 2);
        }
        elements.add(e);
        position.put(e, i);
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = i;
        start[i] = text.length();
        if (text.length() > 0 && (e.isBlock() || e.nameIs("br")) && !lastIsSpace()) {
          text.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int nodeDepth) {
      if (!(node instanceof Element e)) {
        return;
      }
      Node next = node.nextSibling();
      if (!e.tag().isInline() && (next instanceof TextNode
          || next instanceof Element n && n.tag().isInline()) && !lastIsSpace()) {
        text.append(' ');
      }
      int i = open[--depth];
      end[i] = text.length();
      subtreeEnd[i] = elements.size();
    }

    private boolean lastIsSpace() {
      return text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    }

    /** As jsoup's {@code Element.preserveWhitespace}: a {@code <pre>} (or the like) up to five levels up. */
    private boolean preservesWhitespace(Node parent) {
      if (parent instanceof Element el) {
        for (int level = 0; level < 6 && el != null; level++) {
          if (el.tag().preserveWhitespace()) {
            return true;
          }
          el = el.parent();
        }
      }
      return false;
    }
  }
}
