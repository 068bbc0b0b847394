package dev.yardstick.api;

import java.math.BigDecimal;
import java.math.MathContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Numbers in API responses without binary floating-point noise: a gap of 27.1 - 28 is
 * -0.8999999999999986 in a double; the API says -0.9. Doubles are written to 12 significant
 * digits, more than any council figure carries and far more than the 17 needed to make noise
 * visible. Whole values keep their decimal point (100.0), so a number's JSON type does not
 * depend on its value. Spring Boot adds every {@link JacksonModule} bean to its JSON mapper.
 */
@Configuration(proxyBeanMethods = false)
class JsonNumbers {

    static final MathContext SIGNIFICANT = new MathContext(12);

    @Bean
    JacksonModule roundedDoubles() {
        SimpleModule module = new SimpleModule("yardstick-rounded-doubles");
        module.addSerializer(Double.class, new RoundedDouble());
        module.addSerializer(double.class, new RoundedDouble());
        return module;
    }

    /** The shortest decimal of {@code v} rounded to 12 significant digits. */
    static String text(double v) {
        BigDecimal rounded = new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.toBigInteger() + ".0" : rounded.toPlainString();
    }

    private static final class RoundedDouble extends StdSerializer<Double> {
        RoundedDouble() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializationContext context) {
            if (Double.isFinite(value)) {
                gen.writeNumber(text(value));
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
