package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Points are written with their tags and fields in key order, whatever order they were given in. */
class PointRecordTest {

    @Test
    void tagsAndFieldsAreWrittenInKeyOrderWhateverTheOrderGiven() {
        PointRecord point = PointRecord.at("m", 5).field("zeta", 1.0).tag("theme", "t").field("alpha", "a").tag("director", "d")
                .field("mid", 2.5).build();

        assertThat(LineProtocol.line(point)).isEqualTo("m,director=d,theme=t alpha=\"a\",mid=2.5,zeta=1.0 5");
        assertThat(point.fieldNames()).containsExactly("alpha", "mid", "zeta");
    }

    @Test
    void aKeyGivenTwiceKeepsItsLastValue() {
        PointRecord point = PointRecord.at("m", 5).tag("theme", "first").field("value", 1.0).tag("theme", "second").field("value", 2.0).build();

        assertThat(LineProtocol.line(point)).isEqualTo("m,theme=second value=2.0 5");
    }

    @Test
    void pointsBuiltInADifferentOrderAreEqual() {
        PointRecord a = PointRecord.at("m", 5).tag("a", "1").tag("b", "2").field("x", 1.0).field("y", "y").build();
        PointRecord b = PointRecord.at("m", 5).field("y", "y").tag("b", "2").field("x", 1.0).tag("a", "1").build();
        PointRecord other = PointRecord.at("m", 5).tag("a", "1").tag("b", "2").field("x", 1.5).field("y", "y").build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
    }

    @Test
    void manyFieldsAreAllKeptInOrder() {
        PointRecord.Builder builder = PointRecord.at("m", 0);
        for (int i = 60; i > 0; i--) {
            builder.field(String.format("f%02d", i), i);
        }
        PointRecord point = builder.build();

        assertThat(point.fieldCount()).isEqualTo(60);
        assertThat(point.fieldNames()).isSorted();
        assertThat(point.hasFields(List.of("f01", "f60"))).isTrue();
        assertThat(point.hasFields(List.of("f61"))).isFalse();
    }
}
