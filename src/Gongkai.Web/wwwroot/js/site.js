// 全站脚本（CSP script-src 'self'，不用内联脚本）。
(function () {
  'use strict';
  // 下钻定位：报告页中标为 target 的单元格（地址中的 ?cell=）滚动到视野中间（无脚本时由地址中的 #cell-… 锚点定位）。
  var target = document.querySelector('td.target');
  if (target && target.scrollIntoView) target.scrollIntoView({ block: 'center', inline: 'center' });
  // 上传前先查大小：超过上限的文件不必传完再被拒绝。服务器仍会再查。
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var max = parseInt(input.getAttribute('data-max-bytes'), 10);
      var big = Array.prototype.filter.call(input.files || [], function (f) { return f.size > max; });
      input.setCustomValidity(big.length === 0 ? '' : '文件“' + big[0].name + '”超过' + Math.floor(max / 1048576) + ' MB，不能上传');
      if (big.length) input.reportValidity();
    });
  });
})();
