// A fictional single-page app that, like some web EHRs, replaces the whole
// <body> on every navigation and moves between views with history.pushState.
const views = {
  '/spa': ['Clinic list (demo)', 'Morning clinic: 9 fictional patients booked.'],
  '/spa/patient': ['Patient summary (demo)', 'A fictional patient: Ms A. Example, 54.'],
  '/spa/letters': ['Letters (demo)', 'Two fictional letters waiting for sign-off.'],
};

function render(path) {
  const [title, text] = views[path] ?? views['/spa'];
  const body = document.createElement('body');
  const heading = document.createElement('h1');
  heading.textContent = title;
  const para = document.createElement('p');
  para.textContent = text;
  const nav = document.createElement('nav');
  for (const target of Object.keys(views)) {
    const link = document.createElement('a');
    link.href = target;
    link.textContent = views[target][0];
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState({}, '', target);
      render(target);
    });
    nav.append(link, ' ');
  }
  body.append(nav, heading, para);
  document.body.replaceWith(body);
}

window.addEventListener('popstate', () => render(location.pathname));
render(location.pathname);
