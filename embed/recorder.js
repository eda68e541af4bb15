// The recorder a prerendered widget's markup starts with (`interactive-article
// render`, `render --mount`, `render --page`), as an inline script, before
// the widget's markup: the loader is a module script, which runs only once
// the whole page is parsed, and a long page can be read and clicked for
// seconds before that. From the moment the widget's markup is parsed, this
// keeps every click and key inside a prerendered widget, with the path it
// took through the shadow root (a path is empty once the event is over), in
// `self.iaEarly`; the loader hands them to its own recorder when it runs and
// sets `self.iaEarly` to 0, which stops this one. Space on a [role=button]
// (a claim's words) would scroll the page meanwhile: not here.
//
// Written out with comment lines, indentation and blank lines dropped (as the
// loader is shipped); a page's Content-Security-Policy allows it by its hash,
// which the README's policy table gives. Two widgets on a page: the first
// recorder listens for both.
self.iaEarly ??= (["click", "keydown"].map((type) => addEventListener(type, (event) => {
let queue = self.iaEarly, path = event.composedPath();
queue.push && path.some((node) => node.matches?.("[data-ia-prerender]")) && (queue.push([event, path]), event.key == " " && path.some((node) => node.role == "button") && event.preventDefault());
}, true)), []);
