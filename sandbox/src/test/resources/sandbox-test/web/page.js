(function () {
    var title = AJS.I18n.getText('xla.app.name');
    var withArgs = AJS.I18n.getText("sandbox.test.args", 3, 'x');
    var someKey = 'xla.app.name';
    var computed = AJS.I18n.getText(someKey);
    window.sandboxTest = [title, withArgs, computed];
}());
