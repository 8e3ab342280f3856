/* Sociale kaart: draws the GeoJSON features of the current search on the
   django-leaflet map. Features at the same point share one marker whose popup
   lists every organisation and offer there; nearby markers are clustered.
   Markers and clusters are focusable; Enter opens a popup and focus moves into
   it. Approximate points (a kern or municipality centre) get a dashed ring.
   Without JavaScript, or when tiles fail, the list on the page has it all. */
(function () {
  "use strict";
  var container = document.getElementById("kaart");
  var block = document.getElementById("kaart-blok");
  if (!container || !block) { return; }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function link(href, text) {
    var a = element("a", text);
    a.href = href;
    return a;
  }

  function popupContent(features, labels) {
    var list = element("ul", null, "map-popup-list");
    features.forEach(function (f) {
      var p = f.properties;
      var item = element("li");
      item.appendChild(link(p.url, p.name));
      if (p.approximate) { item.appendChild(element("em", " (" + labels.approximate + ")")); }
      if (p.services && p.services.length) {
        var services = element("ul");
        p.services.forEach(function (s) {
          var li = element("li");
          li.appendChild(link(s.url, s.name));
          services.appendChild(li);
        });
        item.appendChild(services);
      }
      list.appendChild(item);
    });
    return list;
  }

  /* A cluster is a button (role="button", focusable): its accessible name is
     the Dutch text in data-cluster-label ("{count} plekken, klik om in te
     zoomen"), not only the number drawn on it. */
  var LabelledIcon = L.DivIcon.extend({
    createIcon: function (oldIcon) {
      var icon = L.DivIcon.prototype.createIcon.call(this, oldIcon);
      icon.setAttribute("aria-label", this.options.label);
      icon.title = this.options.label;
      return icon;
    }
  });

  function clusterIconFor(labelTemplate) {
    return function (cluster) {
      var count = cluster.getChildCount();
      var size = count < 10 ? "small" : (count < 100 ? "medium" : "large");
      return new LabelledIcon({
        html: '<div><span aria-hidden="true">' + count + "</span></div>",
        className: "marker-cluster marker-cluster-" + size,
        iconSize: L.point(40, 40),
        label: labelTemplate.replace("{count}", String(count))
      });
    };
  }

  /* When the background tiles can't be loaded (PDOK down, a blocked network),
     say so in a status message above the map and point to the list, instead of
     leaving a grey box. The message element exists before it is filled, so
     screen readers announce it. */
  function reportTileFailure(map) {
    var status = element("p", null, "map-problem");
    status.id = "kaart-melding";
    status.setAttribute("role", "status");
    block.insertBefore(status, container);
    var loaded = 0;
    var reported = false;
    map.eachLayer(function (layer) {
      if (!(layer instanceof L.TileLayer)) { return; }
      layer.on("tileload", function () { loaded += 1; });
      layer.on("tileerror", function () {
        if (loaded || reported) { return; }
        reported = true;
        status.appendChild(document.createTextNode(container.dataset.tilesFailedLabel + " "));
        status.appendChild(link("#aanbod", container.dataset.tilesFailedLink));
      });
    });
  }

  window.socialeKaartInit = function (map) {
    reportTileFailure(map);
    var labels = {
      approximate: container.dataset.approximateLabel,
      cluster: container.dataset.clusterLabel || "{count}"
    };
    var cluster = L.markerClusterGroup
      ? L.markerClusterGroup({
        showCoverageOnHover: false,
        iconCreateFunction: clusterIconFor(labels.cluster)
      })
      : L.layerGroup();
    map.addLayer(cluster);
    map.on("popupopen", function (event) {
      var first = event.popup.getElement().querySelector(".map-popup-list a");
      if (first) { first.focus(); }
    });
    fetch(container.dataset.geojsonUrl, {headers: {Accept: "application/geo+json"}})
      .then(function (response) { return response.json(); })
      .then(function (collection) {
        var groups = {};
        collection.features.forEach(function (feature) {
          var key = feature.geometry.coordinates.join(",");
          (groups[key] = groups[key] || []).push(feature);
        });
        var approxIcon = L.divIcon({className: "marker-approximate", iconSize: [28, 28]});
        var markers = Object.keys(groups).map(function (key) {
          var features = groups[key];
          var lonlat = features[0].geometry.coordinates;
          var approximate = features.every(function (f) { return f.properties.approximate; });
          var count = features.reduce(function (n, f) { return n + (f.properties.services || []).length; }, 0);
          var names = features.map(function (f) { return f.properties.name; }).join(", ");
          if (count) { names += " (" + count + ")"; }
          var options = {title: names, alt: names, keyboard: true};
          if (approximate) { options.icon = approxIcon; }
          return L.marker([lonlat[1], lonlat[0]], options)
            .bindPopup(popupContent(features, labels), {maxWidth: 320});
        });
        if (cluster.addLayers) { cluster.addLayers(markers); } else { markers.forEach(function (m) { cluster.addLayer(m); }); }
        var centre = map.getCenter();
        container.dataset.centre = centre.lat.toFixed(4) + "," + centre.lng.toFixed(4);
        container.dataset.places = String(markers.length);
      })
      .catch(function () { block.hidden = true; });
  };
}());
