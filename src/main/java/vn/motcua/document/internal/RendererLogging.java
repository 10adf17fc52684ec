package vn.motcua.document.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log (by default printed to standard error) to SLF4J under
 * {@code com.openhtmltopdf.*}; its INFO lines (timings, fonts loaded) are chatter for
 * every form, so they become DEBUG.
 */
final class RendererLogging implements XRLogger {

	private RendererLogging() {
	}

	static void install() {
		XRLog.setLoggerImpl(new RendererLogging());
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, @Nullable Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.CONFIG.intValue()) {
			logger.debug(message, error);
		}
		else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are set in the logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger("com.openhtmltopdf");
		int value = diagnostic.getLevel().intValue();
		if (value >= Level.WARNING.intValue()) {
			return true;
		}
		return (value >= Level.CONFIG.intValue()) ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}

}
