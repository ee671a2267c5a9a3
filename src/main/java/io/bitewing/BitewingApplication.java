package io.bitewing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BitewingApplication {

    public static void main(String[] args) {
        SpringApplication.run(BitewingApplication.class, args);
    }
}
