package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Một Cửa — the electronic one-stop-shop system.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MotCuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(MotCuaApplication.class, args);
	}

}
