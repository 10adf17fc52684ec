// Satisfaction results: the element bar chart (share satisfied with its 95 % interval in the
// tooltip) and the importance–performance scatter; data from the canvas's data-chart attribute.
(function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	var elements = document.getElementById('chart-elements');
	if (elements) {
		var data = JSON.parse(elements.getAttribute('data-chart'));
		new Chart(elements, {
			type: 'bar',
			data: { labels: data.labels, datasets: [{ label: data.label, data: data.values, backgroundColor: '#0b5394' }] },
			options: {
				scales: { y: { min: 0, max: 100 } },
				plugins: {
					tooltip: {
						callbacks: {
							afterLabel: function (item) {
								return '95 %: ' + data.low[item.dataIndex] + '–' + data.high[item.dataIndex];
							}
						}
					}
				}
			}
		});
	}
	var ipa = document.getElementById('chart-ipa');
	if (ipa) {
		var points = JSON.parse(ipa.getAttribute('data-chart'));
		new Chart(ipa, {
			type: 'scatter',
			data: { datasets: [{ label: points.yLabel, data: points.aspects, backgroundColor: '#b45f06' }] },
			options: {
				scales: {
					x: { title: { display: true, text: points.xLabel }, min: 0 },
					y: { title: { display: true, text: points.yLabel }, min: 0, max: 100 }
				},
				plugins: {
					tooltip: {
						callbacks: {
							label: function (item) {
								return item.raw.label + ': ' + item.raw.y + ' % / ' + item.raw.x + ' %';
							}
						}
					}
				}
			}
		});
	}
})();
