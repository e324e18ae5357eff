/** MapLibre without WebGL, for pages rendered in jsdom: the map does nothing and draws nothing. */
class Evented {
  /** 'load' fires once, soon after it is listened to, as a map whose style has loaded would. */
  on(event?: string, handler?: unknown) {
    if (event === 'load' && typeof handler === 'function') setTimeout(() => handler(), 0);
    return this;
  }
  off() {
    return this;
  }
  once() {
    return this;
  }
}

export class Map extends Evented {
  constructor(_options: unknown) {
    super();
  }
  addControl() {
    return this;
  }
  addSource() {
    return this;
  }
  addLayer() {
    return this;
  }
  getSource() {
    return undefined;
  }
  getLayer() {
    return undefined;
  }
  setFilter() {}
  setPaintProperty() {}
  setLayoutProperty() {}
  isStyleLoaded() {
    return false;
  }
  loaded() {
    return false;
  }
  fitBounds() {
    return this;
  }
  flyTo() {
    return this;
  }
  easeTo() {
    return this;
  }
  jumpTo() {
    return this;
  }
  resize() {
    return this;
  }
  remove() {}
  getCanvas() {
    return document.createElement('canvas');
  }
  getContainer() {
    return document.createElement('div');
  }
  getBounds() {
    return {
      toArray: () => [
        [0, 0],
        [1, 1],
      ],
      getWest: () => 0,
      getSouth: () => 0,
      getEast: () => 1,
      getNorth: () => 1,
    };
  }
  getZoom() {
    return 5;
  }
  project() {
    return { x: 0, y: 0 };
  }
  unproject() {
    return { lng: 0, lat: 0 };
  }
  queryRenderedFeatures() {
    return [];
  }
}

export class Marker extends Evented {
  setLngLat() {
    return this;
  }
  addTo() {
    return this;
  }
  remove() {}
  getElement() {
    return document.createElement('div');
  }
}

export class Popup extends Marker {
  setHTML() {
    return this;
  }
  setDOMContent() {
    return this;
  }
}

export class NavigationControl {}
export class AttributionControl {}
export class ScaleControl {}
export class LngLatBounds {
  extend() {
    return this;
  }
}
export const setWorkerUrl = () => undefined;
export default {
  Map,
  Marker,
  Popup,
  NavigationControl,
  AttributionControl,
  ScaleControl,
  LngLatBounds,
  setWorkerUrl,
};
