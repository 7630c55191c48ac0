package org.geotrends.common.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises news agencies credited for an article: in the byline ("Reuters", "dpa/AFP"), or
 * in the agency slugs that open or close wire copy ("MOSCOW (Reuters) -", "(AFP)",
 * "Source: TASS"). Returns the agencies' usual short names, joined by "/".
 */
final class Agencies {

  /** Short name and how it is written ("|" between forms); only names that are not everyday words. */
  private record Agency(String name, String forms) {
  }

  private static final List<Agency> AGENCIES = List.of(
      new Agency("Reuters", "Reuters"),
      new Agency("AP", "AP|Associated Press"),
      new Agency("AFP", "AFP|Agence France-Presse"),
      new Agency("dpa", "dpa|DPA|Deutsche Presse-Agentur"),
      new Agency("APA", "APA"),
      new Agency("EFE", "EFE"),
      new Agency("ANSA", "ANSA"),
      new Agency("Anadolu", "Anadolu Agency|Anadolu Ajansı|Anadolu|AA"),
      new Agency("TASS", "TASS|ТАСС"),
      new Agency("RIA Novosti", "RIA Novosti|РИА Новости"),
      new Agency("Interfax", "Interfax|Интерфакс"),
      new Agency("Xinhua", "Xinhua|新华社"),
      new Agency("PTI", "PTI"),
      new Agency("IANS", "IANS"),
      new Agency("Kyodo", "Kyodo"),
      new Agency("Yonhap", "Yonhap|연합뉴스"),
      new Agency("Bernama", "Bernama"),
      new Agency("Antara", "Antara"),
      new Agency("KNA", "KNA"),
      new Agency("epd", "epd"),
      new Agency("Keystone-SDA", "Keystone-SDA|SDA|ATS"),
      new Agency("ANP", "ANP"),
      new Agency("Belga", "Belga"),
      new Agency("CTK", "ČTK|CTK"),
      new Agency("PAP", "PAP"),
      new Agency("Lusa", "Lusa"),
      new Agency("Europa Press", "Europa Press"),
      new Agency("NTB", "NTB"),
      new Agency("Ritzau", "Ritzau"),
      new Agency("TT", "TT"),
      new Agency("STT", "STT"),
      new Agency("WAFA", "WAFA"),
      new Agency("SANA", "SANA"),
      new Agency("IRNA", "IRNA"),
      new Agency("Ukrinform", "Ukrinform|Укрінформ"),
      new Agency("UNIAN", "UNIAN|УНІАН"),
      new Agency("Bloomberg", "Bloomberg"));
  private static final String ALTERNATIVES = String.join("|", AGENCIES.stream().map(Agency::forms).toList());

  private static final Pattern IN_BYLINE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(" + ALTERNATIVES + ")(?![\\p{L}\\p{N}])");
  /** "(AFP)", "(dpa/AFP)", "— Reuters", "Source: TASS", "Quelle: APA", "Fuente: EFE". */
  private static final Pattern IN_TEXT = Pattern.compile(
      "(?:\\((?:[^()]{0,20}/)?(" + ALTERNATIVES + ")(?:/[^()]{0,20})?\\)"
          + "|(?:^|\\s)[-–—]\\s*(" + ALTERNATIVES + ")\\s*$"
          + "|(?:Source|Quelle|Fuente|Fonte|Источник|Kaynak|Bron|Źródło)\\s*:\\s*("
          + ALTERNATIVES + "))(?![\\p{L}\\p{N}])");
  private static final int EDGE = 400;

  private Agencies() {
  }

  /** The agencies credited in {@code byline} or at the start or end of {@code body}, or null. */
  static String find(String byline, String body) {
    String found = null;
    if (byline != null) {
      found = collect(IN_BYLINE.matcher(byline));
    }
    if (found == null && body != null && !body.isEmpty()) {
      String head = body.substring(0, Math.min(EDGE, body.length()));
      String tail = body.substring(Math.max(0, body.length() - EDGE));
      found = collect(IN_TEXT.matcher(head));
      if (found == null) {
        found = collect(IN_TEXT.matcher(tail));
      }
    }
    return found;
  }

  private static String collect(Matcher m) {
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String written = null;
      for (int g = 1; g <= m.groupCount() && written == null; g++) {
        written = m.group(g);
      }
      String name = canonical(written);
      if (name != null && out.indexOf(name) < 0) {
        out.append(out.length() == 0 ? "" : "/").append(name);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static String canonical(String written) {
    if (written == null) {
      return null;
    }
    for (Agency a : AGENCIES) {
      for (String form : a.forms().split("\\|")) {
        if (form.equals(written)) {
          return a.name();
        }
      }
    }
    return null;
  }
}
