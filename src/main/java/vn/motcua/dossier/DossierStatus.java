package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status of a dossier with the national code used for synchronisation with the
 * National Public Service Portal (DVCQG), see DOMAIN.md §1.9; {@link #DRAFT} (0) is a
 * citizen's unsent draft and never leaves the system.
 */
public enum DossierStatus {

	/** Bản nháp: an online dossier the citizen has not sent yet. */
	DRAFT(0, Phase.DRAFT),

	/** Mới đăng ký: submitted online, not yet checked by the desk. */
	NEW(1, Phase.INTAKE),

	/** Được tiếp nhận: received, the clock runs. */
	RECEIVED(2, Phase.IN_PROGRESS),

	/** Không được tiếp nhận: refused at intake. */
	NOT_RECEIVED(3, Phase.FINISHED),

	/** Đang xử lý. */
	PROCESSING(4, Phase.IN_PROGRESS),

	/**
	 * Yêu cầu bổ sung giấy tờ: waiting for the applicant (clock paused once received).
	 */
	SUPPLEMENT_REQUESTED(5, Phase.PAUSED),

	/** Yêu cầu thực hiện nghĩa vụ tài chính: waiting for payment (clock paused). */
	PAYMENT_REQUESTED(6, Phase.PAUSED),

	/** Công dân yêu cầu rút hồ sơ. */
	WITHDRAWN(7, Phase.FINISHED),

	/** Dừng xử lý. */
	STOPPED(8, Phase.FINISHED),

	/** Đã xử lý xong: the result is ready to be returned. */
	RESOLVED(9, Phase.FINISHED),

	/** Đã trả kết quả. */
	RETURNED(10, Phase.FINISHED);

	/** How statistics group the statuses. */
	public enum Phase {

		DRAFT, INTAKE, IN_PROGRESS, PAUSED, FINISHED

	}

	private final int code;

	private final Phase phase;

	DossierStatus(int code, Phase phase) {
		this.code = code;
		this.phase = phase;
	}

	/** The national status code. */
	public int code() {
		return this.code;
	}

	public Phase phase() {
		return this.phase;
	}

	/** Whether the dossier is still with the administration (received, not finished). */
	public boolean isOpen() {
		return this.phase == Phase.IN_PROGRESS || this.phase == Phase.PAUSED;
	}

	/** The message key of the status name. */
	public String messageKey() {
		return "dossier.status." + this.code;
	}

	public static Optional<DossierStatus> ofCode(int code) {
		return Arrays.stream(values()).filter((status) -> status.code == code).findFirst();
	}

}
