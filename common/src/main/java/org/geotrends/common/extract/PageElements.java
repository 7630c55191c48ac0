package org.geotrends.common.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Every element of a parsed page in document order, gathered in one walk of the tree, with
 * the elements of a few tags the metadata steps look up ({@code meta}, {@code script},
 * {@code h1}, {@code time}). Each of those steps used to walk the whole tree again; on a large
 * page the walks cost as much as a third of the parse. A snapshot: take it before the body
 * extractor changes the tree, and read it only before then.
 */
final class PageElements {

  private final List<Element> all = new ArrayList<>();
  /** For each element of {@link #all}, the index one past the last element of its subtree. */
  private int[] subtreeEnd = new int[256];
  private final Map<String, List<Element>> byTag = new HashMap<>();

  private PageElements() {
    for (String tag : new String[] {"meta", "script", "h1", "time"}) {
      byTag.put(tag, new ArrayList<>());
    }
  }

  /** The elements of {@code root}'s tree, {@code root} first. */
  static PageElements of(Element root) {
    PageElements elements = new PageElements();
    NodeTraversor.traverse(elements.new Walk(), root);
    return elements;
  }

  private final class Walk implements NodeVisitor {
    private int[] open = new int[64];
    private int depth;

    @Override
    public void head(Node node, int nodeDepth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (depth == open.length) {
        open = java.util.Arrays.copyOf(open, depth * 2);
      }
      open[depth++] = all.size();
      all.add(e);
      List<Element> tagged = byTag.get(e.normalName());
      if (tagged != null) {
        tagged.add(e);
      }
    }

    @Override
    public void tail(Node node, int nodeDepth) {
      if (!(node instanceof Element)) {
        return;
      }
      int index = open[--depth];
      if (index >= subtreeEnd.length) {
        subtreeEnd = java.util.Arrays.copyOf(subtreeEnd, Math.max(index + 1, subtreeEnd.length * 2));
      }
      subtreeEnd[index] = all.size();
    }
  }

  /** The elements named {@code tag} (one of meta, script, h1, time), in document order. */
  List<Element> byTag(String tag) {
    List<Element> tagged = byTag.get(tag);
    if (tagged == null) {
      throw new IllegalArgumentException("not indexed: " + tag);
    }
    return tagged;
  }

  /**
   * The elements of {@code among} that {@code evaluator} matches, in order, as
   * {@code root.select(query)} gives them. Only for evaluators without state (tag, attribute
   * and value tests and their conjunctions; not descendant or sibling combinators).
   */
  List<Element> select(Evaluator evaluator, List<Element> among) {
    Element root = all.get(0);
    List<Element> out = new ArrayList<>();
    for (Element e : among) {
      if (evaluator.matches(root, e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Every element, in document order. */
  List<Element> all() {
    return all;
  }

  /**
   * {@code e} and its descendants in document order, as {@code e.getAllElements()} gives them;
   * empty when {@code e} is null or not in the tree.
   */
  List<Element> subtree(Element e) {
    if (e == null) {
      return List.of();
    }
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == e) {
        return all.subList(i, subtreeEnd[i]);
      }
    }
    return List.of();
  }
}
