/* Sociale kaart: draws the places of the current search on the django-leaflet
   map, loaded per web-map tile as GeoJSON: clusters counted by the server when
   zoomed out, places when zoomed in. Features at the same point share one
   marker whose popup lists every organisation and offer there.
   Markers and clusters are focusable; Enter opens a popup and focus moves into
   it, Escape closes it and the focus goes back to the marker. Enter or Space on
   a cluster zooms in. Approximate points (a kern or municipality centre) get a
   dashed ring. Without JavaScript, or when tiles fail, the list on the page has
   it all; a failed tile leaves the rest of the map and says so. */
(function () {
  "use strict";
  var container = document.getElementById("kaart");
  var block = document.getElementById("kaart-blok");
  if (!container || !block) { return; }

  /* The zoom buttons' names in Dutch (the map is made after this script runs). */
  L.Control.Zoom.mergeOptions({
    zoomInTitle: container.dataset.zoomInLabel,
    zoomOutTitle: container.dataset.zoomOutLabel
  });

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

  /* The popup lists the organisations at once (from the GeoJSON) and then
     loads the found offers at the place from data-services-url, so the map's
     GeoJSON stays small. */
  function popupContent(features, labels) {
    var list = element("ul", null, "map-popup-list");
    var items = {};
    features.forEach(function (f) {
      var p = f.properties;
      var item = element("li");
      item.appendChild(link(p.url, p.name));
      if (p.approximate) { item.appendChild(element("em", " (" + labels.approximate + ")")); }
      if (p.service_count) { items[f.id] = item; }
      list.appendChild(item);
    });
    return {list: list, items: items};
  }

  var servicesListCount = 0;

  /* The found offers of one organisation: a list named by its visible label
     (data-services-label, "Aanbod hier"). */
  function servicesList(services) {
    var fragment = document.createDocumentFragment();
    var label = element("p", container.dataset.servicesLabel, "map-popup-label");
    servicesListCount += 1;
    label.id = "kaart-aanbod-" + servicesListCount;
    var list = element("ul");
    list.setAttribute("aria-labelledby", label.id);
    services.forEach(function (s) {
      var li = element("li");
      li.appendChild(link(s.url, s.name));
      list.appendChild(li);
    });
    fragment.appendChild(label);
    fragment.appendChild(list);
    return fragment;
  }

  function loadServices(popup, content) {
    var ids = Object.keys(content.items);
    if (!ids.length || content.loading) { return Promise.resolve(); }
    content.loading = true;
    var url = new URL(container.dataset.servicesUrl, window.location.href);
    ids.forEach(function (id) { url.searchParams.append("plek", id); });
    return fetch(url, {headers: {Accept: "application/json"}})
      .then(function (response) { return response.json(); })
      .then(function (found) {
        ids.forEach(function (id) {
          content.items[id].appendChild(servicesList(found[id] || []));
        });
        content.items = {};
        var focused = document.activeElement;
        popup.update();  // re-attaches the content, which drops the focus
        if (focused && content.list.contains(focused)) { focused.focus(); }
      })
      .catch(function () { content.loading = false; });
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

  function clusterIcon(labelTemplate, count) {
    var size = count < 10 ? "small" : (count < 100 ? "medium" : "large");
    return new LabelledIcon({
      html: '<div><span aria-hidden="true">' + count + "</span></div>",
      className: "marker-cluster marker-cluster-" + size,
      iconSize: L.point(40, 40),
      label: labelTemplate.replace("{count}", String(count))
    });
  }

  /* When the background tiles can't be loaded (PDOK down, a blocked network),
     say so in a status message above the map and point to the list, instead of
     leaving a grey box. The message element exists before it is filled, so
     screen readers announce it. */
  function statusMessage() {
    var status = element("p", null, "map-problem");
    status.id = "kaart-melding";
    status.setAttribute("role", "status");
    block.insertBefore(status, container);
    return status;
  }

  function report(status, label) {
    if (status.firstChild) { status.appendChild(document.createTextNode(" ")); }
    status.appendChild(document.createTextNode(label + " "));
    status.appendChild(link("#aanbod", container.dataset.tilesFailedLink));
  }

  function reportTileFailure(map, status) {
    var loaded = 0;
    var reported = false;
    map.eachLayer(function (layer) {
      if (!(layer instanceof L.TileLayer)) { return; }
      layer.on("tileload", function () { loaded += 1; });
      layer.on("tileerror", function () {
        if (loaded || reported) { return; }
        reported = true;
        report(status, container.dataset.tilesFailedLabel);
      });
    });
  }

  /* One place marker per point: the features at the same point share it, and
     its popup lists them all. */
  function placeMarkers(features, labels) {
    var groups = {};
    features.forEach(function (feature) {
      var key = feature.geometry.coordinates.join(",");
      (groups[key] = groups[key] || []).push(feature);
    });
    var approxIcon = L.divIcon({className: "marker-approximate", iconSize: [28, 28]});
    return Object.keys(groups).map(function (key) {
      var group = groups[key];
      var lonlat = group[0].geometry.coordinates;
      var approximate = group.every(function (f) { return f.properties.approximate; });
      var count = group.reduce(function (n, f) { return n + (f.properties.service_count || 0); }, 0);
      var names = group.map(function (f) { return f.properties.name; }).join(", ");
      if (count) { names += " (" + count + ")"; }
      var options = {title: names, alt: names, keyboard: true};
      if (approximate) { options.icon = approxIcon; }
      var content = popupContent(group, labels);
      var marker = L.marker([lonlat[1], lonlat[0]], options)
        .bindPopup(content.list, {maxWidth: 320});
      marker.getPopup().socialeKaart = content;
      return marker;
    });
  }

  /* A cluster from the server ({"cluster": true, "count": n} with a bbox): a
     button that zooms in on its places on a click, Enter or Space (which then
     doesn't scroll the page); the keyboard focus stays on the map. */
  function clusterMarker(map, feature, labels) {
    var lonlat = feature.geometry.coordinates;
    var bbox = feature.bbox;
    var marker = L.marker([lonlat[1], lonlat[0]], {
      icon: clusterIcon(labels.cluster, feature.properties.count),
      keyboard: true
    });
    function zoomIn() {
      var hadFocus = marker.getElement() === document.activeElement;
      map.fitBounds([[bbox[1], bbox[0]], [bbox[3], bbox[2]]], {padding: [40, 40]});
      if (hadFocus) { map.getContainer().focus({preventScroll: true}); }
    }
    function onKeyDown(event) {
      if (event.key !== " " && event.key !== "Enter") { return; }
      event.preventDefault();
      L.DomEvent.stopPropagation(event);
      zoomIn();
    }
    marker.on("click", zoomIn);
    // Each time the marker is added Leaflet makes a new icon element.
    marker.on("add", function () { L.DomEvent.on(marker.getElement(), "keydown", onKeyDown); });
    return marker;
  }

  /* The map's data comes per web-map tile (data-tiles-url, {z}/{x}/{y}): the
     server clusters when zoomed out, so a view costs the same however many
     places there are. Leaflet's GridLayer says which tiles are in view. */
  function dataTiles(map, labels, status) {
    var template = container.dataset.tilesUrl;
    var shown = {};
    var wanted = {};
    function keyOf(coords) { return coords.z + "/" + coords.x + "/" + coords.y; }
    var Tiles = L.GridLayer.extend({
      createTile: function (coords, done) {
        var tile = document.createElement("div");
        var key = keyOf(coords);
        wanted[key] = true;
        var url = template.replace("{z}", coords.z).replace("{x}", coords.x).replace("{y}", coords.y);
        fetch(url, {headers: {Accept: "application/geo+json"}})
          .then(function (response) {
            if (!response.ok) { throw new Error(response.status); }
            return response.json();
          })
          .then(function (collection) {
            if (wanted[key]) {
              var places = collection.features.filter(function (f) { return !f.properties.cluster; });
              var markers = placeMarkers(places, labels);
              var count = places.length;
              collection.features.forEach(function (f) {
                if (!f.properties.cluster) { return; }
                markers.push(clusterMarker(map, f, labels));
                count += f.properties.count;
              });
              shown[key] = {layer: L.layerGroup(markers).addTo(map), z: coords.z, places: count};
            }
            done(null, tile);
          })
          .catch(function (error) { done(error, tile); });
        return tile;
      }
    });
    var layer = new Tiles({
      tileSize: 256,
      noWrap: true,
      bounds: map.options.maxBounds,
      updateWhenZooming: false
    });
    layer.on("tileunload", function (event) {
      var key = keyOf(event.coords);
      delete wanted[key];
      if (shown[key]) { map.removeLayer(shown[key].layer); delete shown[key]; }
    });
    var failed = false;
    layer.on("tileerror", function () {
      if (failed) { return; }
      failed = true;
      report(status, container.dataset.placesFailedLabel);
    });
    layer.on("load", function () {
      var zoom = map.getZoom();
      var places = 0;
      Object.keys(shown).forEach(function (key) {
        if (shown[key].z === zoom) { places += shown[key].places; }
      });
      var centre = map.getCenter();
      container.dataset.centre = centre.lat.toFixed(4) + "," + centre.lng.toFixed(4);
      container.dataset.places = String(places);
    });
    return layer;
  }

  /* A popup's close button gets a Dutch name, Escape inside the popup closes
     it, and on closing the focus goes back to the marker that opened it (when
     the focus was in the popup, or was lost with the close button). */
  function popupKeyboard(map) {
    function onKeyDown(event) {
      if (event.key !== "Escape") { return; }
      L.DomEvent.stop(event);
      map.closePopup();
    }
    map.on("popupopen", function (event) {
      var element = event.popup.getElement();
      var close = element.querySelector(".leaflet-popup-close-button");
      if (close) {
        close.setAttribute("aria-label", container.dataset.closeLabel);
        close.title = container.dataset.closeLabel;
      }
      L.DomEvent.on(element, "keydown", onKeyDown);
    });
    map.on("popupclose", function (event) {
      var element = event.popup.getElement();
      var focused = document.activeElement;
      var inPopup = element && element.contains(focused);
      if (element) { L.DomEvent.off(element, "keydown", onKeyDown); }
      var source = event.popup._source;
      var marker = source && source.getElement && source.getElement();
      if (marker && (inPopup || !focused || focused === document.body)) {
        setTimeout(function () { marker.focus(); }, 0);
      }
    });
  }

  window.socialeKaartInit = function (map) {
    var status = statusMessage();
    reportTileFailure(map, status);
    var labels = {
      approximate: container.dataset.approximateLabel,
      cluster: container.dataset.clusterLabel || "{count}"
    };
    popupKeyboard(map);
    map.on("popupopen", function (event) {
      var first = event.popup.getElement().querySelector(".map-popup-list a");
      if (first) { first.focus(); }
      var content = event.popup.socialeKaart;
      if (content) { loadServices(event.popup, content); }
    });
    dataTiles(map, labels, status).addTo(map);
  };
}());
