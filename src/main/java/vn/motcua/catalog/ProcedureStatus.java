package vn.motcua.catalog;

/** Life of one version of a procedure: drafted, published once, withdrawn at the end. */
public enum ProcedureStatus {

	DRAFT, PUBLISHED, WITHDRAWN

}
