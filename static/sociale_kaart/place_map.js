/* Small map on an organisation or offer page: one marker per place, read from
   the JSON data block "plekken". The address is also written on the page. */
(function () {
  "use strict";
  var container = document.getElementById("kaart-plek");
  var data = document.getElementById("plekken");
  if (!container || !data) { return; }
  var places = JSON.parse(data.textContent);
  if (!places.length) { return; }
  container.hidden = false;
  window.socialeKaartPlaceInit = function (map) {
    var markers = places.map(function (p) {
      return L.marker([p.lat, p.lon], {title: p.name, alt: p.name, keyboard: true}).addTo(map);
    });
    var group = L.featureGroup(markers);
    map.fitBounds(group.getBounds(), {maxZoom: 16, padding: [30, 30]});
  };
}());
