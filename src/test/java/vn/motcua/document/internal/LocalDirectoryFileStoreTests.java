package vn.motcua.document.internal;

import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two stores on one directory stand for two application nodes sharing it: whatever they
 * write concurrently, a reader on either sees each file whole or not at all, and no
 * temporary file is left behind.
 */
class LocalDirectoryFileStoreTests {

	@TempDir
	Path shared;

	@TempDir
	Path scratch;

	@Test
	void twoNodesWritingAndReadingConcurrentlyNeverSeeAPartialFile() throws Exception {
		LocalDirectoryFileStore nodeA = new LocalDirectoryFileStore(this.shared);
		LocalDirectoryFileStore nodeB = new LocalDirectoryFileStore(this.shared);
		ConcurrentHashMap<String, byte[]> written = new ConcurrentHashMap<>();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			keys.add(DocumentStorage.storageKey(new UUID(new Random(i).nextLong(), i)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int worker = 0; worker < 8; worker++) {
				int seed = worker;
				LocalDirectoryFileStore writer = (worker % 2 == 0) ? nodeA : nodeB;
				LocalDirectoryFileStore reader = (worker % 2 == 0) ? nodeB : nodeA;
				results.add(pool.submit(() -> {
					Random random = new Random(seed);
					int seen = 0;
					for (int i = seed; i < keys.size(); i += 8) {
						byte[] content = new byte[1 + random.nextInt(256 * 1024)];
						random.nextBytes(content);
						Path file = Files.write(this.scratch.resolve("w" + seed + "-" + i), content);
						// recorded first: a reader that finds the file always knows its
						// content
						written.put(keys.get(i), content);
						writer.put(keys.get(i), file);
						String other = keys.get(random.nextInt(keys.size()));
						try (InputStream in = reader.get(other)) {
							byte[] read = in.readAllBytes();
							assertThat(read).isEqualTo(written.get(other));
							seen++;
						}
						catch (NoSuchFileException notYet) {
							// not written yet: fine, never partial
						}
					}
					return seen;
				}));
			}
			for (Future<Integer> result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		for (String key : keys) {
			try (InputStream in = nodeB.get(key)) {
				assertThat(in.readAllBytes()).isEqualTo(written.get(key));
			}
		}
		try (var files = Files.walk(this.shared)) {
			assertThat(files.filter(Files::isRegularFile)
				.map((path) -> path.getFileName().toString())
				.filter((name) -> name.endsWith(".part"))).isEmpty();
		}
	}

	@Test
	void neverOverwritesAKeyNorLeavesTheDirectory() throws Exception {
		LocalDirectoryFileStore store = new LocalDirectoryFileStore(this.shared);
		Path file = Files.writeString(this.scratch.resolve("a"), "một");
		store.put("ab/cd/x", file);
		assertThatThrownBy(() -> store.put("ab/cd/x", file)).isInstanceOf(FileAlreadyExistsException.class);
		assertThatThrownBy(() -> store.put("../outside", file)).isInstanceOf(IllegalArgumentException.class);
		store.delete("ab/cd/x");
		store.delete("ab/cd/x");
		assertThatThrownBy(() -> store.get("ab/cd/x")).isInstanceOf(NoSuchFileException.class);
	}

}
