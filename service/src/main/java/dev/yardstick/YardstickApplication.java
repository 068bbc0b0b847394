package dev.yardstick;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Yardstick service: HTTP API over the pipeline, started by {@code java -jar yardstick.jar} with no subcommand. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YardstickApplication {

    public static void main(String[] args) {
        SpringApplication.run(YardstickApplication.class, args);
    }
}
