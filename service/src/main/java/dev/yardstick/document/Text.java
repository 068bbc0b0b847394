package dev.yardstick.document;

import java.util.regex.Pattern;

/** Whitespace and glyph clean-up shared by the reader's pieces. */
final class Text {

    /** Bullet glyphs seen in Word/PDF exports, including Symbol/Wingdings private-use code points. */
    static final String BULLETS = "•▪●◦○■□➢➤✓\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF0A8";
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Text() {
    }

    static String normalise(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    static boolean isBullet(char c) {
        return BULLETS.indexOf(c) >= 0;
    }

    /** A short title-like line with no sentence ending: a theme or a sub-heading. */
    static boolean looksLikeHeading(String text) {
        if (text.length() < 3 || text.length() > 90 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        if (end == '.' || end == ',' || end == ';' || end == ':') {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits == 0 && text.split(" ").length <= 10;
    }
}
