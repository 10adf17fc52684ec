package vn.motcua.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.motcua.document.FileStore;

/**
 * The default {@link FileStore}: a local directory, {@code motcua.files.directory}
 * ({@code ./data/files} unless set). In test mode
 * ({@code motcua.database.test-mode=true}) a fresh temporary directory, deleted when the
 * JVM exits. Another store is chosen with {@code motcua.files.store} (e.g. an object
 * store in a scaled-out installation).
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FileStoreConfiguration.class);

	@Bean
	@ConditionalOnProperty(name = "motcua.files.store", havingValue = "local", matchIfMissing = true)
	LocalDirectoryFileStore localDirectoryFileStore(Environment environment) throws IOException {
		if (environment.getProperty("motcua.database.test-mode", Boolean.class, false)) {
			Path directory = Files.createTempDirectory("motcua-files-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(directory), "motcua-files-cleanup"));
			log.info("Test mode: files in the temporary directory {}", directory);
			return new LocalDirectoryFileStore(directory);
		}
		Path directory = Path.of(environment.getProperty("motcua.files.directory", "./data/files"));
		LocalDirectoryFileStore store = new LocalDirectoryFileStore(directory);
		log.info("Files in {}", store.root());
		return store;
	}

	static void deleteTree(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try {
			Files.walkFileTree(directory, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
