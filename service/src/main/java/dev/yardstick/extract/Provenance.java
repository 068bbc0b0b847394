package dev.yardstick.extract;

/**
 * Where an observation came from: the document, the table row and the column.
 *
 * @param source         file the document was read from
 * @param organisation   council the update belongs to
 * @param row            1-based line where the row starts in the source
 * @param theme          the row's section
 * @param accountability the key accountability
 * @param director       the strategic director cell
 * @param fromAccountability true when the value was written in the accountability itself
 *                           (a commitment), not in the quarter's update
 */
public record Provenance(String source, String organisation, int row, String theme, String accountability,
                         String director, boolean fromAccountability) {
}
