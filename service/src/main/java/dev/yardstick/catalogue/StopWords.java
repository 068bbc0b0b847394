package dev.yardstick.catalogue;

import java.util.Set;

/** Words a provisional indicator's id leaves out: grammar, and the words of dates and periods. */
final class StopWords {

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with",
            "and", "or", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "our", "their",
            "its", "his", "her", "this", "that", "these", "those", "it", "we", "they", "who", "which", "all", "any", "some",
            "such", "very", "also", "only", "just", "still", "now", "currently", "slightly", "around", "about", "approximately",
            "nearly", "almost", "over", "under", "more", "less", "than", "up", "down", "into", "per", "cent", "percent",
            "there", "so", "far", "as", "whose", "then", "out", "each", "every", "other", "across", "within",
            "during", "since", "local", "council", "council's", "authority", "borough", "county", "district", "city", "total", "overall",
            "average", "roughly", "c", "figure", "figures", "number", "proportion", "percentage", "rate",
            "level", "share", "amount", "value", "target", "aim", "ambition", "forecast", "projected", "expected", "actual");
    private static final Set<String> DATE = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "q1", "q2", "q3", "q4", "quarter", "quarters", "year", "years", "yearly", "month", "months",
            "week", "weeks", "fy", "ytd", "financial", "calendar", "annual", "annually", "quarterly", "monthly", "weekly",
            "today", "date", "end", "start", "beginning", "last", "previous", "next", "first", "second", "third", "fourth",
            "half", "same", "period", "time", "st", "nd", "rd", "th", "earlier", "later", "ago", "since", "spring", "summer",
            "autumn", "winter");

    private StopWords() {
    }

    static boolean isStop(String word) {
        return STOP.contains(word) || DATE.contains(word);
    }

    static boolean isDate(String word) {
        return DATE.contains(word);
    }
}
