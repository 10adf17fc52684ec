package vn.motcua.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The top of every form: the governing body ("UBND TỈNH QUẢNG NINH"), the issuing unit
 * ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), the place and instant of issue ("Quảng Ninh,
 * ngày 26 tháng 11 năm 2026"), the date that decides the legal set of forms (see
 * {@link FormSet#on}), the document's number ("Số: 15/PYCBS"), if it has one, and the
 * public tracking link of the dossier, printed as a QR code beside the title, if there is
 * one.
 */
public record FormHeader(String governingBody, String issuingUnit, String place, Instant issuedAt, LocalDate basisDate,
		@Nullable String number, @Nullable String trackingUrl) {

	/** Vietnam's time zone, in which forms show times and dates. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	public FormHeader {
		Forms.require(governingBody, "governingBody");
		Forms.require(issuingUnit, "issuingUnit");
		Forms.require(place, "place");
		if (trackingUrl != null && trackingUrl.isBlank()) {
			trackingUrl = null;
		}
	}

	public FormHeader(String governingBody, String issuingUnit, String place, Instant issuedAt, LocalDate basisDate,
			@Nullable String number) {
		this(governingBody, issuingUnit, place, issuedAt, basisDate, number, null);
	}

	/** A header whose form set is decided by the issue date, without a number. */
	public static FormHeader of(String governingBody, String issuingUnit, String place, Instant issuedAt) {
		return new FormHeader(governingBody, issuingUnit, place, issuedAt, issuedAt.atZone(VIETNAM).toLocalDate(),
				null);
	}

	/**
	 * The same header, its form set decided by {@code basisDate} (the dossier's receipt).
	 */
	public FormHeader withBasisDate(LocalDate basisDate) {
		return new FormHeader(this.governingBody, this.issuingUnit, this.place, this.issuedAt, basisDate, this.number,
				this.trackingUrl);
	}

	public FormHeader withNumber(String number) {
		return new FormHeader(this.governingBody, this.issuingUnit, this.place, this.issuedAt, this.basisDate, number,
				this.trackingUrl);
	}

	/** The same header with the dossier's public tracking link, printed as a QR code. */
	public FormHeader withTrackingUrl(String trackingUrl) {
		return new FormHeader(this.governingBody, this.issuingUnit, this.place, this.issuedAt, this.basisDate,
				this.number, trackingUrl);
	}

	public FormSet formSet() {
		return FormSet.on(this.basisDate);
	}

}
