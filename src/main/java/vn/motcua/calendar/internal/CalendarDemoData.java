package vn.motcua.calendar.internal;

import java.time.Clock;
import java.time.LocalTime;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import vn.motcua.calendar.WorkingHours;

/**
 * Demo working hours: the provincial public service centre also receives on Saturday
 * mornings and opens at 07:00. Idempotent: hours already set are kept.
 */
@Component
@ConditionalOnBooleanProperty("motcua.demo.enabled")
class CalendarDemoData implements SmartInitializingSingleton {

	static final String SERVICE_CENTRE = "22.TTPVHCC";

	private final CalendarStore store;

	private final TransactionOperations transactions;

	private final Clock clock;

	CalendarDemoData(CalendarStore store, TransactionOperations transactions, Clock clock) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		WorkingHours centre = new WorkingHours(LocalTime.of(7, 0), LocalTime.of(11, 30), LocalTime.of(13, 30),
				LocalTime.of(17, 0), LocalTime.of(15, 0), true);
		this.transactions
			.executeWithoutResult((status) -> this.store.saveHours(SERVICE_CENTRE, centre, this.clock.instant(), true));
	}

}
