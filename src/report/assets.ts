// The inline stylesheet and script shared by the HTML reports (no fonts, images or network).

export const REPORT_CSS = `
:root{--ink:#1f2328;--muted:#5c6570;--line:#d8dee4;--panel:#ffffff;--page:#f2f4f7;--grey:#6b7280}
*{box-sizing:border-box}
html{background:var(--page)}
body{margin:0;color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:18px 32px 14px}
header.top h1{font-size:20px;line-height:1.3;margin:0 0 6px;font-weight:650}
.stats{display:flex;flex-wrap:wrap;gap:6px 18px;color:var(--muted);font-size:13px;margin:0;padding:0;list-style:none}
.stats b{color:var(--ink);font-weight:650}
main{display:grid;grid-template-columns:minmax(0,46em) minmax(250px,310px);gap:24px;justify-content:center;align-items:start;padding:24px 32px 48px}
@media (max-width:900px){main{grid-template-columns:minmax(0,1fr);padding:16px}}
.card{background:var(--panel);border:1px solid var(--line);border-radius:10px}
article.text{padding:28px 40px 32px;font:17px/1.8 Georgia,"Liberation Serif","DejaVu Serif","Times New Roman",serif;white-space:pre-line;overflow-wrap:break-word}
aside{position:sticky;top:16px;display:flex;flex-direction:column;gap:16px}
aside .card{padding:14px 16px}
h2{font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:0 0 10px;font-weight:650}
.q{color:inherit;background:var(--bg);border-radius:3px;padding:2px 1px;cursor:pointer;text-decoration-line:underline;text-decoration-color:var(--c);text-decoration-thickness:2px;text-underline-offset:5px;-webkit-box-decoration-break:clone;box-decoration-break:clone;transition:background-color .12s,opacity .12s}
.q-partial{text-decoration-style:dotted;text-decoration-thickness:3px}
.q-indirect{text-decoration-style:dashed;background:var(--bg2)}
.q:hover,.q.active{background:var(--bg);box-shadow:0 0 0 1px var(--c)}
.q:focus-visible{outline:2px solid var(--c);outline-offset:2px}
.m{color:var(--c);font-weight:700}
.cue{font-style:italic;text-decoration:underline dotted #8c959f;text-underline-offset:4px}
.lit{background:#fff3b0;border-radius:2px;box-shadow:0 0 0 2px #f2cc60}
body.filtering .q:not(.sel){background:transparent;text-decoration-color:#d0d7de;color:#8c959f;box-shadow:none}
body.filtering .q.sel{background:var(--bg);box-shadow:0 0 0 2px var(--c)}
.legend{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:4px}
.spk{all:unset;box-sizing:border-box;display:grid;grid-template-columns:12px 1fr auto;gap:0 9px;align-items:center;width:100%;padding:6px 8px;border-radius:7px;cursor:pointer;border:1px solid transparent}
.spk:hover{background:#f4f6f8}
.spk:focus-visible{outline:2px solid var(--c)}
.spk[aria-pressed="true"]{background:var(--bg);border-color:var(--c)}
.sw{width:12px;height:12px;border-radius:3px;background:var(--c)}
.spk .name{font-weight:600;overflow:hidden;text-overflow:ellipsis}
.spk .count{font-variant-numeric:tabular-nums;font-weight:700;color:var(--c);min-width:1.6em;text-align:right}
.spk .sub{grid-column:2/4;color:var(--muted);font-size:12px;line-height:1.35}
.kinds{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:7px;font-size:13px}
.kinds .q{cursor:default;--c:#4b5563;--bg:rgba(75,85,99,.12);--bg2:rgba(75,85,99,.06)}
.note{color:var(--muted)}
.pb{display:block;height:.85em}
.hint{color:var(--muted);font-size:12px;margin:10px 0 0}
.issues{margin:0;padding-left:18px;font-size:13px}
.issues code,.pop code{font:12px/1.4 ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;background:#f0f2f5;border-radius:4px;padding:0 4px}
.empty{color:var(--muted);font-style:italic}
.pop{position:absolute;z-index:20;display:none;width:max-content;max-width:min(360px,calc(100vw - 24px));background:#fff;border:1px solid var(--line);border-top:4px solid var(--c,#6b7280);border-radius:9px;box-shadow:0 10px 28px rgba(15,23,42,.18);padding:10px 13px 11px;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif;color:var(--ink)}
.pop.open{display:block}
.pop .who{font-size:15px;font-weight:700;color:var(--c,#6b7280);margin:0 0 2px}
.pop .badge{display:inline-block;font-size:11px;font-weight:650;text-transform:uppercase;letter-spacing:.04em;border-radius:99px;padding:0 7px;background:var(--bg,#eee);color:var(--c,#333)}
.pop dl{display:grid;grid-template-columns:auto 1fr;gap:3px 12px;margin:8px 0 0}
.pop dt{color:var(--muted)}
.pop dd{margin:0;overflow-wrap:anywhere}
.bar{display:inline-block;vertical-align:middle;width:64px;height:6px;border-radius:3px;background:#e5e7eb;margin-left:6px;overflow:hidden}
.bar i{display:block;height:100%;background:var(--c,#6b7280)}
table.grid{border-collapse:collapse;width:100%;font-size:13px}
table.grid th,table.grid td{text-align:left;padding:6px 8px;border-bottom:1px solid #edf0f3;vertical-align:top}
table.grid th{color:var(--muted);font-weight:600;font-size:12px}
.wide{padding:18px 22px;margin-bottom:20px}
.wide:last-child{margin-bottom:0}
.cluster{border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:0 0 12px}
.cluster.conflict{border-color:#dc2626;border-left:5px solid #dc2626;background:#fff7f7}
.cluster h3{font-size:14px;margin:0 0 6px;font-weight:650}
.occ{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.occ li{display:grid;grid-template-columns:minmax(90px,max-content) 1fr;gap:2px 12px;align-items:baseline}
.occ .doc{font:12px/1.4 ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;color:var(--muted)}
.occ .qt{font:15px/1.6 Georgia,"Liberation Serif","DejaVu Serif",serif}
ins.alt{text-decoration:none;background:#fde68a;border-radius:2px;padding:0 1px}
.tag{display:inline-block;font-size:11px;font-weight:650;border-radius:99px;padding:0 7px;margin-left:6px;background:#eef1f4;color:var(--muted);vertical-align:1px}
.tag.bad{background:#fee2e2;color:#b91c1c}
.doccol{display:flex;flex-wrap:wrap;gap:4px}
main.corpus{display:block;max-width:1120px;margin:0 auto}
.ctx{color:var(--muted);font-size:13px;line-height:1.5;margin-top:3px}
.ctx .m{font-weight:600}
.cluster .note{margin:0 0 8px;font-size:13px}
.occ .note{margin:2px 0 0;font-size:12.5px}
table.grid .spk{padding:3px 6px}
table.grid td:first-child{min-width:220px}
a{color:#1d4ed8}
`;

/**
 * Popover and legend behaviour. Quotes (`.q`) carry their record in data attributes; the popover
 * is filled with textContent, never innerHTML, so record text cannot inject markup.
 */
export const REPORT_SCRIPT = `
(function(){
  var pop=document.getElementById('ws-pop');
  if(!pop)return;
  var current=null,pinned=false;
  var ROWS=[['mention','Mention'],['via','Via'],['cue','Cue'],['doc','Document'],['confidence','Confidence'],['span','Offsets']];
  function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e;}
  function lit(q,on){
    var id=q.getAttribute('data-q');if(!id)return;
    var all=document.querySelectorAll('[data-for~="'+CSS.escape(id)+'"]');
    for(var i=0;i<all.length;i++)all[i].classList.toggle('lit',on);
  }
  function fill(q){
    pop.textContent='';
    pop.setAttribute('style',q.getAttribute('style')||'');
    var d=q.dataset;
    pop.appendChild(el('p','who',d.speaker||'Unattributed'));
    pop.appendChild(el('span','badge',d.kind||'quote'));
    var dl=el('dl');
    for(var i=0;i<ROWS.length;i++){
      var v=d[ROWS[i][0]];if(v==null||v==='')continue;
      dl.appendChild(el('dt',null,ROWS[i][1]));
      var dd=el('dd',null,ROWS[i][0]==='confidence'?Math.round(Number(v)*100)+'%':v);
      if(ROWS[i][0]==='confidence'){var b=el('span','bar'),f=el('i');f.style.width=Math.round(Number(v)*100)+'%';b.appendChild(f);dd.appendChild(b);}
      dl.appendChild(dd);
    }
    pop.appendChild(dl);
  }
  function place(q,x,y){
    var rects=q.getClientRects(),r=rects[0];
    if(x!=null)for(var i=0;i<rects.length;i++){var c=rects[i];if(x>=c.left&&x<=c.right&&y>=c.top&&y<=c.bottom){r=c;break;}}
    if(!r)r=q.getBoundingClientRect();
    pop.style.left='0px';pop.style.top='0px';
    var w=pop.offsetWidth,h=pop.offsetHeight,vw=document.documentElement.clientWidth;
    var left=Math.max(8,Math.min(r.left,vw-w-8));
    // Below the quote's last line, so the popover never hides the rest of the quote or its speaker.
    var lastRect=rects.length?rects[rects.length-1]:r,firstRect=rects.length?rects[0]:r;
    var top=lastRect.bottom+8;
    if(top+h>window.innerHeight&&firstRect.top-h-8>0)top=firstRect.top-h-8;
    pop.style.left=(left+window.scrollX)+'px';pop.style.top=(top+window.scrollY)+'px';
  }
  function show(q,x,y){
    if(current&&current!==q){current.classList.remove('active');current.setAttribute('aria-expanded','false');lit(current,false);}
    current=q;fill(q);pop.classList.add('open');place(q,x,y);
    q.classList.add('active');q.setAttribute('aria-expanded',pinned?'true':'false');lit(q,true);
  }
  function hide(){
    pop.classList.remove('open');pinned=false;
    if(current){current.classList.remove('active');current.setAttribute('aria-expanded','false');lit(current,false);}
    current=null;
  }
  function quoteOf(t){return t&&t.closest?t.closest('.q[data-q]'):null;}
  document.addEventListener('mouseover',function(e){var q=quoteOf(e.target);if(q&&!pinned&&q!==current)show(q,e.clientX,e.clientY);});
  document.addEventListener('mouseout',function(e){var q=quoteOf(e.target);if(q&&!pinned&&!q.contains(e.relatedTarget)&&!pop.contains(e.relatedTarget))hide();});
  document.addEventListener('focusin',function(e){var q=quoteOf(e.target);if(q&&!pinned)show(q);});
  document.addEventListener('click',function(e){
    var q=quoteOf(e.target);
    if(q){if(pinned&&current===q){hide();}else{pinned=true;show(q,e.clientX,e.clientY);}return;}
    if(!pop.contains(e.target)&&pinned)hide();
  });
  document.addEventListener('keydown',function(e){
    if(e.key==='Escape'&&current){var q=current;hide();q.focus();return;}
    var q=quoteOf(e.target);
    if(q&&(e.key==='Enter'||e.key===' ')){e.preventDefault();if(pinned&&current===q)hide();else{pinned=true;show(q);}}
  });
  var buttons=document.querySelectorAll('.spk[data-entity]');
  for(var i=0;i<buttons.length;i++)buttons[i].addEventListener('click',function(){
    var b=this,on=b.getAttribute('aria-pressed')!=='true',key=b.getAttribute('data-entity');
    for(var j=0;j<buttons.length;j++)buttons[j].setAttribute('aria-pressed','false');
    var qs=document.querySelectorAll('.q[data-q]');
    for(var k=0;k<qs.length;k++)qs[k].classList.toggle('sel',on&&qs[k].getAttribute('data-entity')===key);
    document.body.classList.toggle('filtering',on);
    if(on){b.setAttribute('aria-pressed','true');var first=document.querySelector('.q.sel');if(first&&first.scrollIntoView)first.scrollIntoView({block:'nearest'});}
  });
})();
`;

/** The page around a report's body: charset, a CSP that forbids every fetch, the CSS and script. */
export function page(title: string, body: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="whosaid">\n' +
    `<title>${title}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n${body}\n` +
    '<div id="ws-pop" class="pop" role="tooltip"></div>\n' +
    `<script>${REPORT_SCRIPT}</script>\n</body>\n</html>\n`
  );
}
