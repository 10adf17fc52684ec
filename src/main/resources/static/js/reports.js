// Charts of the reporting dashboard (Chart.js 4): the data comes from the page as JSON,
// since the content security policy allows no inline script.
(function () {
	var source = document.getElementById('report-charts');
	if (!source || typeof Chart === 'undefined') {
		return;
	}
	var data = JSON.parse(source.textContent);
	var labels = data.labels || {};
	function draw(id, config) {
		var canvas = document.getElementById(id);
		if (canvas) {
			new Chart(canvas, config);
		}
	}
	draw('chart-trend', {
		type: 'bar',
		data: {
			labels: data.months,
			datasets: [
				{ label: labels.received, data: data.received, backgroundColor: '#1f5fa8' },
				{ label: labels.resolved, data: data.resolved, backgroundColor: '#2e8540' },
				{ label: labels.onTimeRate, data: data.onTimeRate, type: 'line', yAxisID: 'rate', borderColor: '#b3261e', backgroundColor: '#b3261e' }
			]
		},
		options: { scales: { rate: { position: 'right', min: 0, max: 100 } } }
	});
	draw('chart-fields', {
		type: 'doughnut',
		data: { labels: data.fields, datasets: [{ label: labels.fieldReceived, data: data.fieldReceived }] }
	});
	draw('chart-ranking', {
		type: 'bar',
		data: { labels: data.units, datasets: [{ label: labels.onTimeRate, data: data.unitOnTime, backgroundColor: '#1f5fa8' }] },
		options: { indexAxis: 'y', scales: { x: { min: 0, max: 100 } } }
	});
})();
