package org.geotrends.common.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Month names of the languages news sites are written in, nominative and genitive forms
 * ("июнь", "июня"), mapped to month numbers. Abbreviations ("févr.", "Sept", "dic") are
 * recognised as unambiguous prefixes of a full name, so they need no list of their own.
 */
final class MonthNames {

  /**
   * Each row: month 1..12 in one language (several spellings separated by '|'; "-" for none:
   * Croatian "listopad" is October but Polish and Czech November, so it is left out).
   */
  private static final String[][] TABLE = {
      // English
      {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"},
      // German, Luxembourgish, Dutch
      {"januar|jänner|jaenner|janner", "februar|feber", "märz|maerz|mäerz", "april|abrëll", "mai|mee",
          "juni", "juli", "august", "september", "oktober", "november", "dezember"},
      {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"},
      // French, Spanish, Catalan, Portuguese, Galician, Italian
      {"janvier", "février|fevrier", "mars", "avril", "mai", "juin", "juillet", "août|aout",
          "septembre", "octobre", "novembre", "décembre|decembre"},
      {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre|setiembre", "octubre", "noviembre", "diciembre"},
      {"gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
          "octubre", "novembre", "desembre"},
      {"janeiro", "fevereiro", "março|marco", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"},
      {"xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro",
          "outubro", "novembro", "decembro"},
      {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"},
      // Scandinavian, Icelandic
      {"januar|januari|janúar", "februar|februari|febrúar", "marts|mars", "april|apríl", "maj|mai|maí",
          "juni|júní", "juli|júlí", "august|augusti|ágúst", "september", "oktober|október",
          "november|nóvember", "december|desember"},
      // Polish (nominative, genitive)
      {"styczeń|stycznia", "luty|lutego", "marzec|marca", "kwiecień|kwietnia", "maj|maja",
          "czerwiec|czerwca", "lipiec|lipca", "sierpień|sierpnia", "wrzesień|września",
          "październik|października", "listopad|listopada", "grudzień|grudnia"},
      // Czech, Slovak
      {"leden|ledna", "únor|února", "březen|března", "duben|dubna", "květen|května",
          "červen|června", "červenec|července", "srpen|srpna", "září", "říjen|října",
          "listopad|listopadu", "prosinec|prosince"},
      {"január|januára", "február|februára", "marec|marca", "apríl|apríla", "máj|mája",
          "jún|júna", "júl|júla", "august|augusta", "september|septembra", "október|októbra",
          "november|novembra", "december|decembra"},
      // Lithuanian, Latvian, Estonian, Finnish
      {"sausio|sausis", "vasario|vasaris", "kovo|kovas", "balandžio|balandis", "gegužės|gegužė",
          "birželio|birželis", "liepos|liepa", "rugpjūčio|rugpjūtis", "rugsėjo|rugsėjis",
          "spalio|spalis", "lapkričio|lapkritis", "gruodžio|gruodis"},
      {"janvāris|janvārī", "februāris|februārī", "marts|martā", "aprīlis|aprīlī", "maijs|maijā",
          "jūnijs|jūnijā", "jūlijs|jūlijā", "augusts|augustā", "septembris|septembrī",
          "oktobris|oktobrī", "novembris|novembrī", "decembris|decembrī"},
      {"jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
          "oktoober", "november", "detsember"},
      {"tammikuuta|tammikuu", "helmikuuta|helmikuu", "maaliskuuta|maaliskuu", "huhtikuuta|huhtikuu",
          "toukokuuta|toukokuu", "kesäkuuta|kesäkuu", "heinäkuuta|heinäkuu", "elokuuta|elokuu",
          "syyskuuta|syyskuu", "lokakuuta|lokakuu", "marraskuuta|marraskuu", "joulukuuta|joulukuu"},
      // Hungarian, Romanian, Croatian
      {"január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december"},
      {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
          "septembrie", "octombrie", "noiembrie", "decembrie"},
      {"siječnja|siječanj|januar", "veljače|veljača", "ožujka|ožujak", "travnja|travanj",
          "svibnja|svibanj", "lipnja|lipanj", "srpnja|srpanj", "kolovoza|kolovoz", "rujna|rujan",
          "-", "studenoga|studenog|studeni", "prosinca|prosinac"},
      // Turkish
      {"ocak", "şubat|subat", "mart", "nisan", "mayıs|mayis", "haziran", "temmuz",
          "ağustos|agustos", "eylül|eylul", "ekim", "kasım|kasim", "aralık|aralik"},
      // Russian (genitive, nominative), Ukrainian, Bulgarian
      {"января|январь", "февраля|февраль", "марта|март", "апреля|апрель", "мая|май", "июня|июнь",
          "июля|июль", "августа|август", "сентября|сентябрь", "октября|октябрь", "ноября|ноябрь",
          "декабря|декабрь"},
      {"січня|січень", "лютого|лютий", "березня|березень", "квітня|квітень", "травня|травень",
          "червня|червень", "липня|липень", "серпня|серпень", "вересня|вересень", "жовтня|жовтень",
          "листопада|листопад", "грудня|грудень"},
      {"януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
          "октомври", "ноември", "декември"},
      // Greek (genitive, nominative)
      {"ιανουαρίου|ιανουάριος", "φεβρουαρίου|φεβρουάριος", "μαρτίου|μάρτιος", "απριλίου|απρίλιος",
          "μαΐου|μάιος", "ιουνίου|ιούνιος", "ιουλίου|ιούλιος", "αυγούστου|αύγουστος",
          "σεπτεμβρίου|σεπτέμβριος", "οκτωβρίου|οκτώβριος", "νοεμβρίου|νοέμβριος",
          "δεκεμβρίου|δεκέμβριος"},
      // Indonesian, Malay, Swahili, Tagalog
      {"januari", "februari", "maret|mac", "april", "mei", "juni|jun", "juli|julai",
          "agustus|ogos", "september", "oktober", "november", "desember|disember"},
      {"januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba",
          "oktoba", "novemba", "desemba"},
      {"enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre",
          "oktubre", "nobyembre", "disyembre"},
      // Arabic (Egyptian/Gulf names and Levantine names), Persian
      {"يناير|كانون الثاني", "فبراير|شباط", "مارس|آذار|اذار", "أبريل|ابريل|إبريل|نيسان",
          "مايو|أيار|ايار", "يونيو|يونيه|حزيران", "يوليو|يوليه|تموز", "أغسطس|اغسطس|آب|اب",
          "سبتمبر|أيلول|ايلول", "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول",
          "نوفمبر|تشرين الثاني", "ديسمبر|كانون الأول|كانون الاول"},
      {"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
          "نوامبر", "دسامبر"},
      // Hebrew (the prefix "ב" = "in" is stripped before lookup)
      {"ינואר", "פברואר", "מרץ|מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
          "אוקטובר", "נובמבר", "דצמבר"},
  };

  /** Full names; several languages may share one spelling only if they agree on the month. */
  private static final NavigableMap<String, Integer> NAMES = build();
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private MonthNames() {
  }

  private static NavigableMap<String, Integer> build() {
    Map<String, Integer> names = new HashMap<>();
    for (String[] row : TABLE) {
      for (int m = 0; m < 12; m++) {
        for (String name : row[m].split("\\|")) {
          if (name.equals("-")) {
            continue;
          }
          Integer previous = names.put(name, m + 1);
          if (previous != null && previous != m + 1) {
            throw new IllegalStateException("month name '" + name + "' is ambiguous");
          }
        }
      }
    }
    return new TreeMap<>(names);
  }

  /**
   * The month number (1..12) of a month word, or -1. A word that is not a full name counts when
   * it has at least three letters and every full name it starts equals one month ("Sept",
   * "févr", "dic"); "ma" does not (März, mai, marzo…).
   */
  static int lookup(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "").strip();
    w = WHITESPACE.matcher(w).replaceAll(" ");
    int m = exactOrPrefix(w);
    if (m < 0 && w.indexOf(' ') > 0) {
      m = exactOrPrefix(w.substring(0, w.indexOf(' ')));
    }
    if (m < 0 && w.startsWith("ב") && w.length() > 3) {
      m = exactOrPrefix(w.substring(1));
    }
    return m;
  }

  private static int exactOrPrefix(String w) {
    Integer exact = NAMES.get(w);
    if (exact != null) {
      return exact;
    }
    if (w.codePointCount(0, w.length()) < 3) {
      return -1;
    }
    int found = -1;
    for (Map.Entry<String, Integer> e : NAMES.tailMap(w, true).entrySet()) {
      if (!e.getKey().startsWith(w)) {
        break;
      }
      if (found > 0 && found != e.getValue()) {
        return -1;
      }
      found = e.getValue();
    }
    return found;
  }
}
