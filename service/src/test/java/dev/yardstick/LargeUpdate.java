package dev.yardstick;

import java.nio.charset.StandardCharsets;

/**
 * A well-formed update in the seed documents' layout (Key | Accountability | Strategic Director |
 * Quarter 2 2017/18 Update) with as many rows as asked, each reporting three monthly counts, so
 * tests can reach sizes the two real seeds do not (over 999 observations, over a line limit).
 */
public final class LargeUpdate {

    private LargeUpdate() {
    }

    /** Each row yields four observations (three months and the change derived between them). */
    public static byte[] rows(int rows, int base) {
        StringBuilder text = new StringBuilder("What we will deliver in 2017/18\n\nKey\tAccountability\tStrategic Director\tQuarter 2 2017/18 Update\n"
                + "Community Leadership and Engagement\t\t\t\n");
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(".\tContact centre performance ").append(i).append(".\tChris Naylor\tThe contact centre answered ")
                    .append(base + i).append(" calls in July 2017, ").append(2 * base + i).append(" calls in August 2017 and ")
                    .append(3 * base + i).append(" calls in September 2017.\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
