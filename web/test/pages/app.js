// A stand-in for a single-page app: it fetches nothing, but renders its article (the
// demo's sample, split into paragraphs) 800 ms after the page loaded, as an app does
// after its data arrives; with data-now on the script tag, at once. `window.app.show(n)`
// renders another article (a client-side route change), `window.app.home()` a page with
// no article (the list of headlines).
(function () {
  'use strict';
  var ARTICLES = [
    ['Storm closes mountain pass for a second day', [
      'Heavy snow closed the Brenner mountain pass for a second day on Tuesday, stranding hundreds of lorries on both sides of the border, police in Innsbruck said.',
      'More than forty centimetres of snow fell overnight, and the avalanche warning for the Tyrol was raised to its second-highest level, the regional weather service said in a statement.',
      '"We will not open the road until the slopes above it are safe," said Martin Huber, who leads the road authority\u2019s winter service. He said crews were working through the night to clear the carriageway.',
      'Rail services through the pass were also suspended after a tree fell on the overhead line near Steinach, the railway operator said. Replacement buses were not running because of the snow.',
      'The pass carries about a third of all freight traffic crossing the Alps, and its closure has caused queues stretching more than thirty kilometres on the Italian side.',
    ]],
    ['City library reopens after four-year renovation', [
      'The central city library reopened on Saturday after a renovation that took four years and cost 62 million euros, twice the figure first announced by the council.',
      'Visitors queued around the block before the doors opened at nine, and more than eleven thousand people came through the building on the first day, the library\u2019s director, Anna Lindqvist, said.',
      '"People have waited a long time for this, and they have every right to ask why it took so long," Lindqvist said. She said the delays came from problems with the building\u2019s original foundations.',
      'The new building has a children\u2019s floor, a rooftop reading room and study spaces for four hundred people, and it will stay open until midnight on weekdays from next month.',
      'The council\u2019s auditors are expected to publish a report on the cost overruns in the spring, and the opposition has called for the planning director to appear before a committee.',
    ]],
  ];
  function show(n) {
    var main = document.getElementById('app');
    var article = document.createElement('article');
    article.id = 'story';
    var h1 = document.createElement('h1');
    h1.textContent = ARTICLES[n][0];
    article.appendChild(h1);
    ARTICLES[n][1].forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      article.appendChild(p);
    });
    main.replaceChildren(article);
  }
  function home() {
    var list = document.createElement('ul');
    ARTICLES.forEach(function (a, n) {
      var link = document.createElement('a');
      link.href = '#' + n;
      link.textContent = a[0];
      var li = document.createElement('li');
      li.appendChild(link);
      list.appendChild(li);
    });
    document.getElementById('app').replaceChildren(list);
  }
  window.app = { show: show, home: home };
  if (document.currentScript.hasAttribute('data-now')) show(0);
  else setTimeout(function () { show(0); }, 800);
})();
