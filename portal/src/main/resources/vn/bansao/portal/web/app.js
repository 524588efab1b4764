// Verification page: vanilla JS, no build step, no third-party code. Every value from the server is set
// with textContent (never innerHTML), so a hostile document cannot inject markup into the page.
(function () {
  'use strict';

  var VERDICTS = {
    VALID: { text: 'HỢP LỆ', css: 'valid' },
    INVALID: { text: 'KHÔNG HỢP LỆ', css: 'invalid' },
    INDETERMINATE: { text: 'CHƯA XÁC ĐỊNH', css: 'indeterminate' }
  };

  var maxUploadBytes = 0;

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function setStatus(text, isError) {
    var status = $('status');
    status.textContent = text || '';
    status.className = 'status' + (isError ? ' error' : '');
  }

  function formatTime(iso) {
    if (!iso) { return ''; }
    var date = new Date(iso);
    if (isNaN(date.getTime())) { return String(iso); }
    try {
      // Vietnam time whatever the visitor's device says, e.g. "22:28:10 25/11/2026 (giờ Việt Nam)"
      return date.toLocaleString('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit',
        day: '2-digit', month: '2-digit', year: 'numeric'
      }) + ' (giờ Việt Nam)';
    } catch (e) {
      return date.toISOString();
    }
  }

  var LEVELS = {
    PADES_BASELINE_B: 'PAdES B-B', PADES_BASELINE_T: 'PAdES B-T',
    PADES_BASELINE_LT: 'PAdES B-LT', PADES_BASELINE_LTA: 'PAdES B-LTA'
  };

  function formatDate(isoDate) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : isoDate;
  }

  function definitionList(target, rows) {
    clear(target);
    rows.forEach(function (row) {
      if (row[1] === undefined || row[1] === null || row[1] === '') { return; }
      target.appendChild(el('dt', null, row[0]));
      target.appendChild(el('dd', null, row[1]));
    });
    return target.childNodes.length > 0;
  }

  function errorText(body, fallback) {
    if (body && body.error) {
      return body.error.message_vi || body.error.message_en || fallback;
    }
    return fallback;
  }

  function renderRegister(target, entry, message) {
    clear(target);
    if (!entry) {
      target.appendChild(el('p', 'hint', message || 'Không tìm thấy thông tin trong sổ chứng thực.'));
      return;
    }
    var dl = el('dl', 'facts');
    dl.id = target.id + '-entry';
    definitionList(dl, [
      ['Số chứng thực', entry.number],
      ['Quyển số', entry.book],
      ['Trạng thái', entry.status_vi || entry.status],
      ['Ngày chứng thực', formatDate(entry.certified_at)],
      ['Cơ quan chứng thực', entry.authority],
      ['Người thực hiện', entry.certifier],
      ['Giấy tờ gốc', entry.document],
      ['Mã băm bản sao (SHA-256)', entry.copy_sha256],
      ['Khớp với tệp đã tải lên', entry.matches_uploaded_file === undefined || entry.matches_uploaded_file === null
        ? null : (entry.matches_uploaded_file ? 'Có' : 'KHÔNG')],
      ['Lý do hủy', entry.void_reason]
    ]);
    target.appendChild(dl);
  }

  function renderResult(body) {
    var verdict = VERDICTS[body.verdict] || VERDICTS.INDETERMINATE;
    var box = $('verdict-box');
    box.className = 'verdict ' + verdict.css;
    $('verdict').textContent = verdict.text;
    $('verdict-summary').textContent = body.summary_vi || '';

    var signers = $('signers');
    clear(signers);
    (body.signers || []).forEach(function (signer, index) {
      var state = VERDICTS[signer.verdict] || VERDICTS.INDETERMINATE;
      var item = el('li', 'signer ' + state.css);
      item.appendChild(el('div', 'signer-name', signer.name || ('Chữ ký ' + (index + 1))));
      var meta = [signer.title, signer.organisation].filter(Boolean).join(' · ');
      if (meta) { item.appendChild(el('div', 'signer-meta', meta)); }
      if (signer.signing_time) { item.appendChild(el('div', 'signer-meta', 'Ký lúc ' + formatTime(signer.signing_time))); }
      item.appendChild(el('div', 'signer-meta', 'Chữ ký: ' + state.text + (LEVELS[signer.level] ? ', ' + LEVELS[signer.level] : '')));
      signers.appendChild(item);
    });
    if (!signers.childNodes.length) {
      signers.appendChild(el('li', 'hint', 'Tệp không có chữ ký số.'));
    }

    var facts = body.facts || {};
    $('facts-card').hidden = !definitionList($('facts'), [
      ['Loại bản sao', facts.kind_vi],
      ['Số chứng thực', facts.number],
      ['Quyển số', facts.book],
      ['Ngày chứng thực', formatDate(facts.certified_on)],
      ['Cơ quan chứng thực', facts.authority],
      ['Giấy tờ gốc', facts.document],
      ['Số trang', facts.pages]
    ]);

    renderRegister($('register'), body.register_entry, body.register_message_vi);

    var pages = $('pages');
    clear(pages);
    (body.thumbnails || []).forEach(function (thumb) {
      var figure = el('figure');
      var img = el('img');
      img.src = thumb.data_uri;
      img.width = thumb.width;
      img.height = thumb.height;
      img.alt = 'Trang ' + thumb.page + ' của bản sao';
      figure.appendChild(img);
      figure.appendChild(el('figcaption', null, 'Trang ' + thumb.page));
      pages.appendChild(figure);
    });
    $('pages-card').hidden = !pages.childNodes.length;

    $('report-text').textContent = body.report_text_vi || '';
    var result = $('result');
    result.hidden = false;
    result.focus();
  }

  function qrPayload() {
    var params = new URLSearchParams(window.location.search);
    if (params.has('payload')) { return params.get('payload'); }
    // a QR code may carry this page's own address with its fields as parameters
    return window.location.search.length > 1 ? window.location.href : null;
  }

  function showQr(payload) {
    var section = $('qr');
    section.hidden = false;
    var target = $('qr-body');
    target.textContent = 'Đang tra cứu sổ chứng thực…';
    fetch('/api/register/qr?payload=' + encodeURIComponent(payload), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (r) {
        if (r.ok) {
          renderRegister(target, r.body.entry || r.body);
        } else {
          renderRegister(target, null, errorText(r.body, 'Không tra cứu được mã QR.'));
        }
      })
      .catch(function () {
        renderRegister(target, null, 'Không kết nối được với máy chủ.');
      });
  }

  function onSubmit(event) {
    event.preventDefault();
    var input = $('file');
    if (!input.files || !input.files.length) {
      setStatus('Vui lòng chọn tệp PDF của bản sao.', true);
      input.focus();
      return;
    }
    if (maxUploadBytes && input.files[0].size > maxUploadBytes) {
      // the server refuses it anyway (413), but before reading it: say so without sending it
      setStatus('Tệp quá lớn (tối đa ' + Math.floor(maxUploadBytes / (1024 * 1024)) + ' MB).', true);
      return;
    }
    var form = new FormData();
    form.append('file', input.files[0]);
    var url = '/api/verify?thumbnails=true';
    var button = $('submit');
    button.disabled = true;
    setStatus('Đang kiểm tra bản sao…', false);
    fetch(url, { method: 'POST', body: form, headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (r) {
        if (r.ok) {
          setStatus('Đã kiểm tra xong.', false);
          renderResult(r.body);
        } else {
          setStatus(errorText(r.body, 'Không kiểm tra được tệp.'), true);
        }
      })
      .catch(function () {
        setStatus('Không kết nối được với máy chủ. Vui lòng thử lại.', true);
      })
      .then(function () { button.disabled = false; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('upload').addEventListener('submit', onSubmit);
    fetch('/api/health').then(function (r) { return r.json(); }).then(function (info) {
      if (info && info.max_upload_bytes) {
        maxUploadBytes = info.max_upload_bytes;
        $('limit').textContent = String(Math.floor(info.max_upload_bytes / (1024 * 1024)));
      }
    }).catch(function () { /* the default text stays */ });
    var payload = qrPayload();
    if (payload) { showQr(payload); }
  });
}());
