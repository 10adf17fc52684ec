package vn.motcua.document;

/**
 * Who signs a letter for the unit: the title ("GIÁM ĐỐC", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC")
 * and the name.
 */
public record Signatory(String title, String name) {

	public Signatory {
		Forms.require(title, "title");
		Forms.require(name, "name");
	}

}
