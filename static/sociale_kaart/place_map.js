/* Small map on an organisation or offer page: one marker per place, read from
   the JSON data block "plekken". The address is also written on the page.
   A place known only approximately (a kern or municipality centre) gets the
   search map's dashed ring instead of a pin, and the map stays zoomed out to
   the kern, so nobody looks for a door at that spot. */
(function () {
  "use strict";
  var container = document.getElementById("kaart-plek");
  var data = document.getElementById("plekken");
  if (!container || !data) { return; }
  var places = JSON.parse(data.textContent);
  if (!places.length) { return; }
  container.hidden = false;
  var EXACT_ZOOM = 16;
  var APPROXIMATE_ZOOM = 13;
  window.socialeKaartPlaceInit = function (map) {
    var markers = places.map(function (p) {
      var options = {title: p.name, alt: p.name, keyboard: true};
      if (p.approximate) {
        options.icon = L.divIcon({className: "marker-approximate", iconSize: [28, 28]});
      }
      return L.marker([p.lat, p.lon], options).addTo(map);
    });
    var group = L.featureGroup(markers);
    var approximate = places.every(function (p) { return p.approximate; });
    map.fitBounds(group.getBounds(), {
      maxZoom: approximate ? APPROXIMATE_ZOOM : EXACT_ZOOM,
      padding: [30, 30],
      animate: false
    });
    container.dataset.zoom = String(map.getZoom());
  };
}());
