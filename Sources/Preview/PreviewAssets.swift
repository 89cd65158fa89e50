/// The page's style and script: small, static, no network fonts or CDN.
enum PreviewAssets {
    static let css = """
    *{box-sizing:border-box}
    html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#f6f8fa}
    header{display:flex;gap:.6em;align-items:center;padding:.4em .8em;background:#fff;border-bottom:1px solid #d0d7de;height:2.6em}
    header .name{font-weight:600;flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
    header a{color:#0969da;text-decoration:none}
    button{font:inherit;padding:.15em .7em;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;cursor:pointer}
    #status{font-size:12px;padding:.1em .6em;border-radius:1em;background:#dafbe1;color:#1a7f37}
    #status.error{background:#ffebe9;color:#cf222e}
    #status.removed{background:#eaeef2;color:#57606a}
    #stage{position:absolute;top:2.6em;left:0;right:0;bottom:0;overflow:hidden;cursor:grab;background:#fff}
    #stage.dragging{cursor:grabbing}
    #drawing{position:absolute;left:0;top:0;transform-origin:0 0}
    #drawing svg{display:block}
    #problems{position:absolute;left:1em;right:1em;bottom:1em;max-height:60%;overflow:auto;margin:0;padding:.8em 1em;
      background:rgba(255,245,245,.94);border:1px solid #cf222e;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.15);
      font:13px/1.45 ui-monospace,"DejaVu Sans Mono",monospace;white-space:pre-wrap;color:#1f2328;cursor:auto}
    #problems.warnings{background:rgba(255,252,235,.94);border-color:#bf8700}
    #problems.removed{background:rgba(240,242,245,.96);border-color:#57606a}
    #problems[hidden]{display:none}
    #problems .where{font-weight:700;color:#cf222e}
    .slides #stage{overflow:auto;cursor:auto}
    .slides #drawing{position:static;transform:none!important;padding:1em;display:flex;flex-direction:column;align-items:center;gap:1em}
    .slides #drawing img{box-shadow:0 1px 6px rgba(0,0,0,.25);background:#fff;width:960px;max-width:100%;height:auto}
    main.index{max-width:56em;margin:2em auto;padding:0 1em}
    main.index li{margin:.3em 0}
    main.index .kind{color:#57606a;font-size:12px;margin-left:.5em}
    main.index .bad{color:#cf222e;font-size:12px;margin-left:.5em}
    """

    static let script = """
    (function(){
    const page=JSON.parse(document.getElementById('page-data').textContent);
    const stage=document.getElementById('stage'),drawing=document.getElementById('drawing');
    const panel=document.getElementById('problems'),status=document.getElementById('status');
    let scale=1,tx=0,ty=0,fitted=false;
    function place(){drawing.style.transform='translate('+tx+'px,'+ty+'px) scale('+scale+')';}
    function size(){const svg=drawing.querySelector('svg');if(!svg)return null;
      const w=parseFloat(svg.getAttribute('width'))||svg.getBoundingClientRect().width/scale;
      const h=parseFloat(svg.getAttribute('height'))||svg.getBoundingClientRect().height/scale;return {w:w,h:h};}
    function fit(){if(page.kind!=='diagram')return;const s=size();if(!s||!s.w||!s.h)return;
      const W=stage.clientWidth,H=stage.clientHeight;scale=Math.min(W/s.w,H/s.h)*0.95;
      tx=(W-s.w*scale)/2;ty=(H-s.h*scale)/2;place();fitted=true;}
    function fingerprint(t){let h=5381;for(let i=0;i<t.length;i++){h=((h*33)^t.charCodeAt(i))>>>0;}return h.toString(16);}
    function show(state){
      const errors=state.problems.filter(p=>p.severity==='error');
      panel.className='';panel.textContent='';
      if(state.removed){panel.className='removed';panel.textContent='file removed: '+state.name+'\\n(the last drawing stays; waiting for the file to come back)';}
      else if(state.problems.length){if(!errors.length)panel.className='warnings';
        for(const p of state.problems){const w=document.createElement('span');w.className='where';
          w.textContent=p.file+':'+p.line+':'+p.column+': '+p.severity+': '+p.message+' ['+p.id+']';
          panel.appendChild(w);panel.appendChild(document.createTextNode('\\n'+p.excerpt+'\\n'));}}
      panel.hidden=!(state.removed||state.problems.length);
      const label=state.removed?'removed':errors.length?('error '+errors[0].line+':'+errors[0].column):'ok';
      status.textContent=label;status.className=state.removed?'removed':errors.length?'error':'';
      document.body.dataset.state=label;
      document.title=state.name+' · '+label+' · '+fingerprint(drawing.innerHTML);}
    function setPages(pages){
      if(page.kind==='deck'){drawing.innerHTML=pages.map(function(_,i){return '<img class="slide" alt="slide '+(i+1)+
        '" src="/svg/'+page.url+'?page='+i+'&v='+page.version+'">';}).join('');}
      else drawing.innerHTML=pages.join('');}
    async function refresh(){
      try{const r=await fetch('/state/'+page.url,{cache:'no-store'});if(!r.ok)return;
        const state=await r.json();if(state.version===page.version)return;page.version=state.version;
        if(state.pages.length&&!state.removed&&!state.problems.some(p=>p.severity==='error'))setPages(state.pages);
        if(!fitted)fit();show(state);}catch(e){}}
    // Browsers allow 6 HTTP/1.1 connections per host: hidden tabs give theirs back.
    let events=null;
    function listen(){events=new EventSource('/events');
      events.onmessage=function(e){if(e.data==='changed '+page.name)refresh();};
      events.onopen=function(){refresh();};}
    document.addEventListener('visibilitychange',function(){
      if(document.hidden){if(events){events.close();events=null;}}else if(!events)listen();});
    if(!document.hidden)listen();
    if(page.kind==='diagram'){
      stage.addEventListener('wheel',function(e){e.preventDefault();const r=stage.getBoundingClientRect();
        const x=e.clientX-r.left,y=e.clientY-r.top,k=Math.exp(-e.deltaY*0.0015);
        tx=x-(x-tx)*k;ty=y-(y-ty)*k;scale*=k;place();},{passive:false});
      let drag=null;
      stage.addEventListener('pointerdown',function(e){if(e.target.closest('#problems'))return;
        drag={x:e.clientX-tx,y:e.clientY-ty};stage.setPointerCapture(e.pointerId);stage.classList.add('dragging');});
      stage.addEventListener('pointermove',function(e){if(!drag)return;tx=e.clientX-drag.x;ty=e.clientY-drag.y;place();});
      stage.addEventListener('pointerup',function(){drag=null;stage.classList.remove('dragging');});
      document.getElementById('fit').onclick=fit;
      document.getElementById('actual').onclick=function(){scale=1;tx=20;ty=20;place();};
      window.addEventListener('resize',fit);
    }else{
      let current=0;
      document.addEventListener('keydown',function(e){const slides=drawing.querySelectorAll('.slide');if(!slides.length)return;
        if(e.key==='ArrowRight'||e.key==='ArrowDown'||e.key==='PageDown'||e.key===' ')current=Math.min(current+1,slides.length-1);
        else if(e.key==='ArrowLeft'||e.key==='ArrowUp'||e.key==='PageUp')current=Math.max(current-1,0);else return;
        e.preventDefault();slides[current].scrollIntoView({block:'center'});});
    }
    fit();show(page.initial);
    })();
    """

    static let indexScript = """
    (function(){let events=null;
    function listen(){events=new EventSource('/events');events.onmessage=function(){location.reload();};}
    document.addEventListener('visibilitychange',function(){
      if(document.hidden){if(events){events.close();events=null;}}else if(!events){location.reload();}});
    if(!document.hidden)listen();})();
    """
}
