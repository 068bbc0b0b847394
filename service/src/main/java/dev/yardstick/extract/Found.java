package dev.yardstick.extract;

/**
 * A quantity as the scanner found it, with its relation to a neighbour.
 *
 * @param quantity the quantity
 * @param role     a level, the earlier side of a stated transition, or the second end of a range
 * @param partner  index (in the scanner's result) of the level a FROM quantity moved to, else -1
 */
record Found(Quantity quantity, Role role, int partner) {

    enum Role { LEVEL, FROM }

    Found asFrom(int to) {
        return new Found(quantity, Role.FROM, to);
    }
}
