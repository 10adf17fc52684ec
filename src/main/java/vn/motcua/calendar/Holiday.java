package vn.motcua.calendar;

/**
 * The public holidays of the Labour Code 2019 (45/2019/QH14), Art. 112, plus
 * {@link #OTHER} for a day off the Government decides outside that list.
 */
public enum Holiday {

	/** Tết Dương lịch, 1 January. */
	NEW_YEAR,

	/** Tết Âm lịch (Tết Nguyên đán): 5 days placed each year by the Prime Minister. */
	LUNAR_NEW_YEAR,

	/** Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month. */
	HUNG_KINGS,

	/** Ngày Chiến thắng, 30 April. */
	REUNIFICATION_DAY,

	/** Ngày Quốc tế lao động, 1 May. */
	LABOUR_DAY,

	/**
	 * Quốc khánh: 2 September and one adjacent day placed each year by the Prime
	 * Minister.
	 */
	NATIONAL_DAY,

	/** Any other day off decided by the Government; the entry carries its name. */
	OTHER

}
