// Enhancement only; every page works without it. A password-reset link may carry its token in the
// URL fragment (#token=…), which never reaches the server: copy it into the form.
(function () {
  var field = document.querySelector('input[name="token"]');
  var match = /[#&]token=([^&]+)/.exec(location.hash);
  if (field && !field.value && match) field.value = decodeURIComponent(match[1]);
})();
