package org.guichet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/** Guichet: one platform for the digital public services of many public bodies. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class Guichet {

    public static void main(String[] args) {
        SpringApplication.run(Guichet.class, args);
    }
}
