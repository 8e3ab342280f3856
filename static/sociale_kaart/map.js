/* Sociale kaart: draws the GeoJSON features on the django-leaflet map.
   Organisations at the same point share one marker whose popup lists them all;
   approximate points (a kern or municipality centre) get a dashed ring icon. */
(function () {
  "use strict";
  var container = document.getElementById("kaart");
  var block = document.getElementById("kaart-blok");
  if (!container || !block) { return; }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }

  function popupHtml(features, approximateLabel) {
    var items = features.map(function (f) {
      var p = f.properties;
      var extra = p.approximate ? " <em>(" + escapeHtml(approximateLabel) + ")</em>" : "";
      return "<li><a href=\"" + escapeHtml(p.url) + "\">" + escapeHtml(p.name) + "</a>" + extra + "</li>";
    });
    return "<ul class=\"map-popup\">" + items.join("") + "</ul>";
  }

  window.socialeKaartInit = function (map) {
    var approximateLabel = container.dataset.approximateLabel;
    fetch(container.dataset.geojsonUrl, {headers: {Accept: "application/geo+json"}})
      .then(function (response) { return response.json(); })
      .then(function (collection) {
        var groups = {};
        collection.features.forEach(function (feature) {
          var key = feature.geometry.coordinates.join(",");
          (groups[key] = groups[key] || []).push(feature);
        });
        var approxIcon = L.divIcon({className: "marker-approximate", iconSize: [28, 28]});
        Object.keys(groups).forEach(function (key) {
          var features = groups[key];
          var lonlat = features[0].geometry.coordinates;
          var approximate = features.every(function (f) { return f.properties.approximate; });
          var names = features.map(function (f) { return f.properties.name; }).join(", ");
          var options = {title: names, alt: names, keyboard: true};
          if (approximate) { options.icon = approxIcon; }
          L.marker([lonlat[1], lonlat[0]], options)
            .bindPopup(popupHtml(features, approximateLabel))
            .addTo(map);
        });
      })
      .catch(function () { block.hidden = true; });
  };
}());
