package vn.motcua.catalog.internal;

/** The whole file is refused: not a catalog file, too big, or a malformed structure. */
class CatalogFileException extends RuntimeException {

	private final ImportRejection rejection;

	CatalogFileException(ImportRejection rejection) {
		super(rejection.code());
		this.rejection = rejection;
	}

	static CatalogFileException of(String code, Object... arguments) {
		return new CatalogFileException(ImportRejection.file(code, arguments));
	}

	ImportRejection rejection() {
		return this.rejection;
	}

}
