// htmx: send the CSRF token with every non-GET request made from a page.
document.addEventListener('htmx:configRequest', function (event) {
	var token = document.querySelector('meta[name="_csrf"]');
	var header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header) {
		event.detail.headers[header.content] = token.content;
	}
});

// Tables wider than the screen scroll inside their box: let keyboard users scroll them
// too (WCAG 2.1.1), naming the box after the table's caption.
document.querySelectorAll('.table-responsive').forEach(function (box) {
	if (box.scrollWidth <= box.clientWidth || box.hasAttribute('tabindex')) {
		return;
	}
	box.setAttribute('tabindex', '0');
	var caption = box.querySelector('caption');
	if (caption && caption.textContent.trim()) {
		box.setAttribute('role', 'region');
		box.setAttribute('aria-label', caption.textContent.trim());
	}
});

// Dossier forms: "add a row" of a supplement request copies the last row, emptied, with
// fresh ids; a button marked "once" is disabled after the first submit (the server also
// ignores a second submission of the same form).
document.querySelectorAll('.add-row').forEach(function (button) {
	button.addEventListener('click', function () {
		var rows = button.closest('fieldset').querySelector('.supplement-rows');
		var last = rows.querySelector('.supplement-row:last-child');
		var copy = last.cloneNode(true);
		var n = rows.querySelectorAll('.supplement-row').length;
		copy.querySelectorAll('input').forEach(function (input) {
			input.value = '';
			input.removeAttribute('aria-invalid');
			input.id = input.id.replace(/-\d+$/, '-' + n);
		});
		copy.querySelectorAll('label').forEach(function (label) {
			label.htmlFor = label.htmlFor.replace(/-\d+$/, '-' + n);
			label.textContent = label.textContent.replace(/\d+$/, String(n + 1));
		});
		rows.appendChild(copy);
		copy.querySelector('input').focus();
	});
});
document.querySelectorAll('form').forEach(function (form) {
	form.addEventListener('submit', function (event) {
		var button = event.submitter;
		if (!button || !button.classList.contains('once')) {
			return;
		}
		if (form.dataset.sent === 'true') {
			event.preventDefault();
			return;
		}
		form.dataset.sent = 'true';
		setTimeout(function () {
			button.setAttribute('aria-disabled', 'true');
		}, 0);
	});
});
