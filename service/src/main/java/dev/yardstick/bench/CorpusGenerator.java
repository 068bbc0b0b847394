package dev.yardstick.bench;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes synthetic quarterly updates in the text-export format by recombining real rows: each
 * document gets a random quarter, a random selection of rows in a random order, every number
 * replaced by another of the same number of digits, and the header repeated at page breaks
 * (sometimes mid-row, as real exports do). Deterministic for a given seed and index, so a corpus
 * can be regenerated one document at a time without holding it in memory.
 */
public final class CorpusGenerator {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int ROWS_PER_PAGE = 6;

    private final List<UpdateRow> pool;
    private final long seed;

    public CorpusGenerator(List<UpdateDocument> sources, long seed) {
        List<UpdateRow> rows = new ArrayList<>();
        sources.forEach(d -> rows.addAll(d.rows()));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows to recombine");
        }
        this.pool = List.copyOf(rows);
        this.seed = seed;
    }

    /** The quarter document {@code index} reports. */
    public FinancialQuarter quarterOf(int index) {
        Random r = random(index);
        return new FinancialQuarter(2014 + r.nextInt(12), 1 + r.nextInt(4));
    }

    /** Document {@code index} as text, for a random quarter. */
    public String document(int index) {
        return document(index, quarterOf(index));
    }

    /** Document {@code index} as text, reporting the given quarter. */
    public String document(int index, FinancialQuarter quarter) {
        Random r = random(index);
        r.nextInt(12);
        r.nextInt(4); // same row choices whatever the quarter
        String header = "Key Accountability\tStrategic Director\tQuarter " + quarter.quarter() + " "
                + FinancialQuarter.fyLabel(quarter.startYear()) + " Update\n";
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("What we will deliver in ").append(FinancialQuarter.fyLabel(quarter.startYear())).append("\n\n").append(header);
        int rows = 35 + r.nextInt(30);
        String theme = null;
        for (int i = 0; i < rows; i++) {
            UpdateRow row = pool.get(r.nextInt(pool.size()));
            if (!row.theme().isEmpty() && !row.theme().equals(theme)) {
                theme = row.theme();
                out.append(theme).append("\t\t\n");
            }
            List<String> paragraphs = row.paragraphs();
            out.append(vary(row.accountability(), r)).append('\t').append(row.director()).append('\t')
                    .append(paragraphs.isEmpty() ? "" : vary(paragraphs.get(0), r)).append('\n');
            for (int p = 1; p < paragraphs.size(); p++) {
                if (r.nextInt(ROWS_PER_PAGE * 3) == 0) {
                    out.append('\n').append(header); // a page break inside the row
                }
                out.append("\t\t").append(vary(paragraphs.get(p), r)).append('\n');
            }
            if (i % ROWS_PER_PAGE == ROWS_PER_PAGE - 1) {
                out.append('\n').append(header);
            }
        }
        return out.toString();
    }

    private Random random(int index) {
        return new Random(seed * 1_000_003L + index);
    }

    /** Every number replaced by a random one of the same length (no leading zero), so values vary but shapes do not. */
    private static String vary(String text, Random r) {
        Matcher m = DIGITS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            int len = m.group().length();
            StringBuilder n = new StringBuilder(len);
            n.append(len == 1 ? (char) ('0' + r.nextInt(10)) : (char) ('1' + r.nextInt(9)));
            for (int k = 1; k < len; k++) {
                n.append((char) ('0' + r.nextInt(10)));
            }
            if (len == 4 && m.group().startsWith("20")) {
                n.setLength(0);
                n.append(2014 + r.nextInt(12)); // keep years looking like years
            }
            m.appendReplacement(out, n.toString());
        }
        m.appendTail(out);
        return out.toString();
    }
}
