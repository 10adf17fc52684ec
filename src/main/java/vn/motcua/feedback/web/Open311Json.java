package vn.motcua.feedback.web;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the Open311 responses: a list of flat objects whose values are
 * strings, numbers, booleans or null, in the order given (the specification's field
 * order), nulls kept.
 */
final class Open311Json {

	private Open311Json() {
	}

	static String write(List<Map<String, Object>> items) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append('{');
			boolean first = true;
			for (Map.Entry<String, Object> field : items.get(i).entrySet()) {
				if (!first) {
					json.append(',');
				}
				first = false;
				string(json, field.getKey());
				json.append(':');
				Object value = field.getValue();
				if (value == null) {
					json.append("null");
				}
				else if (value instanceof Boolean || value instanceof Number) {
					json.append(value);
				}
				else {
					string(json, String.valueOf(value));
				}
			}
			json.append('}');
		}
		return json.append(']').toString();
	}

	private static void string(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
