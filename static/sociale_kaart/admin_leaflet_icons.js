/* Admin maps: django-leaflet's form widget may set Leaflet's icon folder after
   leaflet.extras.js has run, and Leaflet's own guess from the CSS fails on
   hashed static names (marker-icon.<hash>.png). Point it at the unhashed
   images folder beside this file's static root before the maps start. */
(function () {
  "use strict";
  var src = document.currentScript.src;
  var root = src.slice(0, src.indexOf("/sociale_kaart/") + 1);
  document.addEventListener("DOMContentLoaded", function () {
    if (window.L && L.Icon && L.Icon.Default) {
      L.Icon.Default.imagePath = root + "leaflet/images/";
    }
  });
}());
