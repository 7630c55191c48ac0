package org.geotrends.common.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article text of a page by content scoring, in three steps:
 * <ol>
 *   <li><b>clean</b>: remove furniture by tag and by class/id words ({@link Boilerplate}),
 *       and hidden elements; an element that holds half of the page's paragraph text is kept
 *       whatever its name says;</li>
 *   <li><b>score</b>: every paragraph-like block gives points (length, commas) to its parent
 *       and, halved, to its grandparent; a container's score is weighed by its link density
 *       and its class words; the best container wins, with its siblings that score well too
 *       (articles split by advertising slots);</li>
 *   <li><b>emit</b>: the winners' text blocks in document order, one paragraph per block,
 *       without link lists and without the repeated headline.</li>
 * </ol>
 * The element tree is changed in place: call it last, after the metadata was read.
 */
final class BodyExtractor {

  /** Blocks that end a paragraph. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
      "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "header",
      "footer", "figure", "address", "hr", "aside", "nav", "form", "fieldset", "details",
      "summary", "center", "body", "caption", "tbody", "thead");
  /** Paragraph-like elements whose text is scored. */
  private static final Set<String> SCORED = Set.of("p", "pre", "blockquote", "td", "li");
  private static final int MIN_SCORED_LENGTH = 25;
  private static final double WIDEN_RATIO = 1.25;

  private BodyExtractor() {
  }

  /**
   * The article text of {@code root}, paragraphs joined by a blank line; empty if none.
   *
   * @param tree {@code root} and its descendants in document order, as {@code root.getAllElements()}
   *     gives them (the caller has them from its own walk)
   */
  static String extract(Element root, List<Element> tree, String title) {
    clean(root, tree);
    // The whole tree: scoring also asks about the root's parent and its siblings.
    List<Element> containers = containers(root, TextIndex.of(root.root()));
    List<String> paragraphs = new ArrayList<>();
    for (Element container : containers) {
      paragraphs.addAll(paragraphs(container, title));
    }
    return String.join("\n\n", paragraphs);
  }

  // ---- step 1: clean -------------------------------------------------------------------

  private static void clean(Element root, List<Element> tree) {
    Map<Element, Integer> paragraphText = paragraphTextBySubtree(root, tree);
    removeFurniture(root, paragraphText.getOrDefault(root, 0), paragraphText);
  }

  /**
   * For every element of {@code root}'s tree, the length of the text in the {@code <p>}
   * elements under it (itself included), from one reading of each paragraph. Holds while removing furniture: an element is
   * asked about before anything under it is removed.
   */
  private static Map<Element, Integer> paragraphTextBySubtree(Element root, List<Element> tree) {
    Map<Element, Integer> text = new IdentityHashMap<>();
    for (Element p : tree) {
      if (!p.normalName().equals("p")) {
        continue;
      }
      int length = p.text().length();
      for (Element e = p; e != null; e = e.parent()) {
        text.merge(e, length, Integer::sum);
        if (e == root) {
          break;
        }
      }
    }
    return text;
  }

  private static void removeFurniture(Element e, int pageText, Map<Element, Integer> paragraphText) {
    // childNodes() is a copy: children are removed while iterating. (children() would also
    // cache the list of child elements on every element, at a cost.)
    for (Node node : e.childNodes()) {
      if (!(node instanceof Element child)) {
        continue;
      }
      boolean furniture = Boilerplate.TAGS.contains(child.normalName())
          || Boilerplate.hidden(child) || Boilerplate.byName(child);
      if (furniture && !holdsMostText(child, pageText, paragraphText.getOrDefault(child, 0))) {
        child.remove();
      } else {
        removeFurniture(child, pageText, paragraphText);
      }
    }
  }

  /**
   * An element with half of the page's paragraph text is the article, whatever its name; so is
   * one whose name also says content ("sidebar-grid__content") and that holds long paragraphs.
   */
  private static boolean holdsMostText(Element e, int pageText, int ownParagraphText) {
    String tag = e.normalName();
    if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")) {
      return false;
    }
    if (pageText > 0 && ownParagraphText * 2 >= pageText) {
      return true;
    }
    return Boilerplate.namesContent(e) && longParagraphs(e) >= 2;
  }

  private static int longParagraphs(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() >= 100) {
        n++;
      }
    }
    return n;
  }

  // ---- step 2: score -------------------------------------------------------------------

  private static List<Element> containers(Element root, TextIndex texts) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : texts.subtree(root)) {
      String tag = block.normalName();
      int length;
      String text;
      if (SCORED.contains(tag)) {
        text = texts.text(block);
      } else if (tag.equals("div") || tag.equals("section") || tag.equals("span")) {
        // Sites that write paragraphs as bare text in a div, separated by <br>.
        text = block.ownText();
      } else {
        continue;
      }
      length = text.length();
      if (length < MIN_SCORED_LENGTH || block.parent() == null) {
        continue;
      }
      double points = 1 + commas(text) + Math.min(length / 100.0, 3);
      Element parent = SCORED.contains(tag) ? block.parent() : block;
      addScore(scores, parent, points);
      if (parent.parent() != null) {
        addScore(scores, parent.parent(), points / 2);
      }
    }
    Element best = null;
    double bestScore = 0;
    Map<Element, Double> finalScores = new HashMap<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      Element candidate = entry.getKey();
      double score = entry.getValue() * (1 - linkDensity(candidate, texts))
          * (1 + 0.25 * Boilerplate.weight(candidate));
      finalScores.put(candidate, score);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null) {
      return List.of();
    }
    Element widened = widen(best, texts);
    return widened == best ? withGoodSiblings(best, bestScore, finalScores, texts) : List.of(widened);
  }

  /**
   * Climbs from the best container to the ancestor that holds the whole article: sites that
   * wrap every paragraph in its own block leave each wrapper only a paragraph's score. An
   * ancestor is taken when it holds a quarter more clean paragraph text than the current pick.
   */
  private static Element widen(Element best, TextIndex texts) {
    // The clean paragraph text of best and of each ancestor below <body>, summed in one pass
    // over the paragraphs of the topmost one rather than once per ancestor.
    Map<Element, Integer> text = new IdentityHashMap<>();
    text.put(best, 0);
    Element top = best;
    for (Element ancestor : best.parents()) {
      if (ancestor.normalName().equals("body") || ancestor.normalName().equals("html")) {
        break;
      }
      text.put(ancestor, 0);
      top = ancestor;
    }
    Element stop = top.parent();
    for (Element p : texts.subtree(top)) {
      if (!p.normalName().equals("p")) {
        continue;
      }
      int length = cleanParagraphLength(p, texts);
      if (length == 0) {
        continue;
      }
      for (Element e = p; e != null && e != stop; e = e.parent()) {
        text.computeIfPresent(e, (k, n) -> n + length);
      }
    }
    Element chosen = best;
    int chosenText = text.get(best);
    for (Element ancestor : best.parents()) {
      Integer t = text.get(ancestor);
      if (t == null) {
        break;
      }
      if (t >= chosenText * WIDEN_RATIO) {
        chosen = ancestor;
        chosenText = t;
      }
    }
    return chosen;
  }

  /** Text length of a paragraph, or 0 when it is short or mostly links. */
  private static int cleanParagraphLength(Element p, TextIndex texts) {
    int length = texts.length(p);
    return length >= MIN_SCORED_LENGTH && linkDensity(p, texts) < 0.5 ? length : 0;
  }

  private static void addScore(Map<Element, Double> scores, Element e, double points) {
    if (scores.containsKey(e)) {
      scores.put(e, scores.get(e) + points);
    } else {
      scores.put(e, initialScore(e) + points);
    }
  }

  private static double initialScore(Element e) {
    return switch (e.normalName()) {
      case "article", "main" -> 5;
      case "div", "section" -> 3;
      case "pre", "td", "blockquote" -> 2;
      case "ul", "ol", "dl", "form", "li" -> -3;
      default -> 0;
    };
  }

  /**
   * The best container and, in document order, siblings that continue it: containers that
   * score a fifth of the best, or plain paragraphs with little link text.
   */
  private static List<Element> withGoodSiblings(Element best, double bestScore,
      Map<Element, Double> scores, TextIndex texts) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        out.add(sibling);
        continue;
      }
      Double score = scores.get(sibling);
      if (score != null && score >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        if (texts.length(sibling) > 80 && linkDensity(sibling, texts) < 0.25) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '、' || c == '，') {
        n++;
      }
    }
    return n;
  }

  /** Share of an element's text that sits inside links. */
  private static double linkDensity(Element e, TextIndex texts) {
    int total = texts.length(e);
    if (total == 0) {
      return 0;
    }
    return Math.min(1.0, texts.linkLength(e) / (double) total);
  }

  // ---- step 3: emit --------------------------------------------------------------------

  private static List<String> paragraphs(Element container, String title) {
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, container);
    collector.flush();
    List<String> out = new ArrayList<>();
    String normalizedTitle = title == null ? "" : title.strip();
    for (Block block : collector.blocks) {
      if (keep(block, normalizedTitle)) {
        out.add(block.text());
      }
    }
    return out;
  }

  private static boolean keep(Block block, String title) {
    String text = block.text();
    if (text.isEmpty() || text.equals(title)) {
      return false;
    }
    double links = block.linkChars() / (double) text.length();
    return links <= 0.5;
  }

  /** One paragraph of output: its text and how much of it is link text. */
  private record Block(String text, int linkChars) {
  }

  /** Gathers text into blocks, starting a new one at every block-level element. */
  private static final class Collector implements NodeVisitor {
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int consecutiveBreaks;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.text());
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("br")) {
        consecutiveBreaks++;
        if (consecutiveBreaks >= 2) {
          flush();
        } else {
          appendText(" ");
        }
        return;
      }
      if (tag.equals("a")) {
        linkDepth++;
      }
      if (BLOCKS.contains(tag)) {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      }
      if (BLOCKS.contains(tag)) {
        flush();
      }
      if (tag.equals("h1")) {
        // Drop the block just flushed: an h1 inside the article repeats the title.
        removeLastIfFromH1(e);
      }
    }

    private void removeLastIfFromH1(Element h1) {
      if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).text().equals(h1.text().strip())) {
        blocks.remove(blocks.size() - 1);
      }
    }

    private void appendText(String s) {
      if (!s.isBlank()) {
        consecutiveBreaks = 0;
      }
      int before = text.length();
      appendCollapsed(s);
      if (linkDepth > 0) {
        linkChars += text.length() - before;
      }
    }

    private void appendCollapsed(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean space = Character.isWhitespace(c) || c == '\u00A0';
        if (space) {
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
        } else {
          text.append(c);
        }
      }
    }

    void flush() {
      String s = text.toString().strip();
      if (!s.isEmpty()) {
        blocks.add(new Block(s, linkChars));
      }
      text.setLength(0);
      linkChars = 0;
      consecutiveBreaks = 0;
    }
  }
}
