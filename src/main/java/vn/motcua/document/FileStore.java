package vn.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of stored files live (SPI). The default keeps them in a local directory
 * (which several application nodes may share); a scaled-out installation provides an
 * object-storage implementation as a bean of this type. Keys are chosen by the caller and
 * unique; content under a key never changes.
 */
public interface FileStore {

	/**
	 * Makes the complete content of {@code file} visible under {@code key}, atomically: a
	 * reader sees either nothing or the whole content. Fails if the key already exists.
	 * The file itself is left in place (the caller deletes it).
	 */
	void put(String key, Path file) throws IOException;

	/**
	 * The content under {@code key}; {@link java.nio.file.NoSuchFileException} if none.
	 */
	InputStream get(String key) throws IOException;

	/** Removes the content under {@code key}; does nothing if there is none. */
	void delete(String key) throws IOException;

}
