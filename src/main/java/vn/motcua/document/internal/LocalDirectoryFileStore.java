package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import vn.motcua.document.FileStore;

/**
 * Keeps files in a local (or network-mounted) directory, one file per key. Safe for
 * several application nodes sharing the directory: nothing is cached in memory, every
 * write goes to a uniquely named temporary file in the target's own directory (same file
 * system), is flushed to disk and then renamed atomically, so no node ever reads a
 * partial file; keys are random ids, so two nodes never write the same key.
 */
public class LocalDirectoryFileStore implements FileStore {

	private final Path root;

	public LocalDirectoryFileStore(Path root) throws IOException {
		this.root = Files.createDirectories(root.toAbsolutePath().normalize());
	}

	public Path root() {
		return this.root;
	}

	@Override
	public void put(String key, Path file) throws IOException {
		Path target = resolve(key);
		Path directory = Files.createDirectories(target.getParent());
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString());
		}
		Path incoming = Files.createTempFile(directory, ".incoming-", ".part");
		try {
			Files.copy(file, incoming, StandardCopyOption.REPLACE_EXISTING);
			try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(incoming);
		}
	}

	@Override
	public InputStream get(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	/** The path of a key, which must stay inside the root directory. */
	Path resolve(String key) {
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root) || path.equals(this.root)) {
			throw new IllegalArgumentException("Storage key outside the file directory: " + key);
		}
		return path;
	}

}
