// Trunk initializer for the development demo (index.html). Trunk publishes the
// wasm bindings as window.wasmBindings and then fires TrunkApplicationStarted;
// the default article is mounted into #app exactly as a host page would.
export default function initializer() {
  return {
    onStart: () => {
      addEventListener(
        "TrunkApplicationStarted",
        () => {
          window.articleHandle = window.wasmBindings.mount(document.getElementById("app"));
        },
        { once: true },
      );
    },
    onFailure: (error) => console.error("interactive-article demo failed to load", error),
  };
}
