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
